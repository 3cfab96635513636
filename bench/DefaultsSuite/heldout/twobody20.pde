// Held out: a two-body Poisson problem in the unit ball of R^20 (the STDE shape at n = 20) with the sphere ansatz.
namespace PdeDsl.DefaultsSuite;

problem TwoBodyBall20 {
  dim n = 20
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net
  pde   lap(u) = lap(s(x))
  exact s(x)
}
