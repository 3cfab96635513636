// A small two-body-like problem for the tests: a drawn vector param, the sphere ansatz, a forcing written as lap(s(x)).
namespace PdeDsl.Training.Tests;

problem AnsatzBall {
  dim n = 3
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * sum(c * sin(y))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net
  pde lap(u) = lap(s(x))
  exact s(x)
}
