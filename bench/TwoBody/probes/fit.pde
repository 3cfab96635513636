// fit.pde: the two-body solution s of allen-cahn.pde learned by plain regression (pde u = s(x), no derivative), through
// the same ansatz and network. Trained with --backend autograd it is the best any derivative estimator can give this
// network in a number of steps: bench/TwoBody/README.md, "Where the error at n = 100 comes from".
problem TwoBodyFit {
  dim n = 100
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net
  pde   u = s(x)
  exact s(x)
}
