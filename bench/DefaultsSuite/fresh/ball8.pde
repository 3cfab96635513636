// Fresh (written to check the input scale rule, not tuned on): Poisson in the unit ball of R^8 with the sphere ansatz, u = (1 - |x|^2) cos(x1 + 2 x2 - x3) exp(x4).
problem Ball8 {
  dim n = 8
  domain x in R^n where |x| <= 1
  sample x ~ radial
  let s(y) = (1 - |y|^2) * cos(y[1] + 2*y[2] - y[3]) * exp(y[4])
  ansatz u = (1 - |x|^2) * net
  pde   lap(u) = lap(s(x))
  exact s(x)
}
