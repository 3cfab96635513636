// quadratic.pde: a probe whose only non-constant part is a random diagonal quadratic form, sum of c_i y_i^2, about 1 %
// of u (coordinates in the unit ball of R^100 are ~0.06): the degree-2 part the network learns slowest.
problem QuadraticProbe {
  dim n = 100
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * (3 + sum(c * y * y))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net
  pde   u = s(x)
  exact s(x)
}
