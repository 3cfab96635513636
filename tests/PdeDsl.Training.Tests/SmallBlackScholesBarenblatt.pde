// The Black-Scholes-Barenblatt equation of samples/BlackScholesBarenblatt at n = 4, with its terminal condition as a
// condition term (the sample builds it into an ansatz), for BlackScholesBarenblattTrainingTests: a few hundred steps
// with jets must bring the relative L2 error against exp((r + s^2)(T - t))|x|^2 well below the start's.
namespace PdeDsl.Training.Tests;

problem SmallBlackScholesBarenblatt {
  dim   n = 4
  param r = 0.05
  param s = 0.4
  param T = 1
  domain t in [0, T], x in R^n
  sample x ~ normal(0.75, sqrt(0.0625 + 0.625*(exp(s^2*t) - 1)))
  pde   u_t + 0.5*s^2*sum(x*x*diag(hess(u))) - r*(u - dot(x, grad u)) = 0
  on t = T: u = |x|^2
  exact exp((r + s^2)*(T - t))*|x|^2
}
