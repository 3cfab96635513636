// Fresh (written to check the input scale rule, not tuned on): a screened Poisson problem in the unit ball of R^50 with data on the sphere, u = sum(sin(3 x_i)) / sqrt(n) + |x|^2.
problem Ball50 {
  dim n = 50
  domain x in R^n where |x| <= 1
  sample x ~ radial
  pde   lap(u) - u = -9*sum(sin(3*x))/sqrt(n) + 2*n - sum(sin(3*x))/sqrt(n) - |x|^2
  on |x| = 1: u = sum(sin(3*x))/sqrt(n) + |x|^2
  exact sum(sin(3*x))/sqrt(n) + |x|^2
}
