// The paper's section 5.2 stated on R^n: x is drawn from the law of the forward process X_t = sqrt(2) W_t,
// so the problem is well posed and its solution is the Cole-Hopf one (docs/training.md).
problem HjbOnRn {
  dim   n = 100
  param lambda = 1.0
  param T = 1.0
  let   g(y) = ln((1 + |y|^2) / 2)
  domain t in [0, T], x in R^n
  sample x ~ normal(0, sqrt(2*t))        // mean, standard deviation; may use t (declared before x)
  pde   u_t + lap(u) - lambda*|grad u|^2 = 0
  on t = T: u = g(x)
}
