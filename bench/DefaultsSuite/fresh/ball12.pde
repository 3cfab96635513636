// Fresh (written as a new user's problem, to check the input scale, not tuned on): Poisson in the unit ball of R^12 with data on the sphere, u = exp(x1 - x2/2) + x3*x4.
problem UserBall12 {
  dim n = 12
  domain x in R^n where |x| <= 1
  sample x ~ radial
  pde   lap(u) = 1.25*exp(x[1] - x[2]/2)
  on |x| = 1: u = exp(x[1] - x[2]/2) + x[3]*x[4]
  exact exp(x[1] - x[2]/2) + x[3]*x[4]
}
