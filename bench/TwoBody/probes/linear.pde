// linear.pde: a probe with the size of the two-body solution's constant and linear parts but nothing of degree 2.
problem LinearProbe {
  dim n = 100
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * (3 + sum(c * y))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net
  pde   u = s(x)
  exact s(x)
}
