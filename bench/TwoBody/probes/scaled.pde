// scaled.pde: fit.pde's regression with the network's input scaled to unit coordinates: the same function s of y = z/10
// learned over z in the ball of radius 10 = sqrt(n), so each coordinate the network sees is ~1 rather than ~0.1 (does
// input scale explain the floor? bench/TwoBody/README.md, "Where the error at n = 100 comes from").
problem TwoBodyFitScaled {
  dim n = 100
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain z in R^n where |z| <= 10
  sample z ~ radial
  ansatz u = (1 - |z/10|^2) * net
  pde   u = s(z/10)
  exact s(z/10)
}
