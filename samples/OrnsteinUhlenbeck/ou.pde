// ou.pde: the backward Kolmogorov equation of an Ornstein-Uhlenbeck process in n dimensions whose diffusion differs from
// component to component, dX_i = -theta*X_i dt + sqrt(sig2_i) dW_i: u(t, x) = E[g(X_T) | X_t = x] for g = exp(sum(x)/sqrt(n)),
// whose expectation under the process's Gaussian law is in closed form (the exact below).
namespace Samples.OrnsteinUhlenbeck;

problem OrnsteinUhlenbeck {
  dim   n = 100                      // --dim n=1000 at run time
  param theta = 1                    // mean reversion
  param T = 1
  param rho[n] ~ normal(0, 0.5)      // log-diffusions, drawn once from the run's seed
  let   sig2 = exp(rho)              // sig2_i from about 0.4 to 2.7: the weights of the Hessian's diagonal
  domain t in [0, T], x in R^n
  // The process's stationary law N(0, sig2_i/(2 theta)) per component: the points are where the process goes.
  sample x ~ normal(0, sqrt(sig2/(2*theta)))
  pde   u_t + dot(-theta*x, grad u) + 0.5*sum(sig2*diag(hess(u))) = 0
  // g(x) = exp(sum(x)/sqrt(n)): on the points sum(x)/sqrt(n) is normal with variance mean(sig2)/(2 theta), about 0.6, so
  // u is O(1) and far from flat. (A Gaussian g = exp(-sum(c_i x_i^2)) with c_i = 1/n varies by a few percent only, the
  // sum concentrating; with c_i = 1/sqrt(n) a 4x100 tanh network did not learn it: relative L2 0.30 after 800 steps.)
  on t = T: u = exp(sum(x)/sqrt(n))
  // Given X_t = x, X_T,i is normal(m x_i, v_i) with m = exp(-theta (T - t)) and v_i = sig2_i (1 - m^2)/(2 theta), and
  // E[exp(b X)] = exp(b m x + b^2 v/2) for X ~ N(m x, v); here b = 1/sqrt(n) for every component.
  let   m = exp(-theta*(T - t))
  exact exp(m*sum(x)/sqrt(n) + (1 - m^2)*sum(sig2)/(4*theta*n))
  // Jets (chosen by the rules): dot(-theta*x, grad u) is a derivative along -theta*x, one exact direction per point, and
  // the weighted diagonal reads K = 16 directions scaled by sqrt(sig2): a step costs about a third of the K = 64 default,
  // so the run affords 10,000 steps (lr 1e-3 from the rules) in the time autograd took for 2000. The first layer starts
  // at 0.3 of its usual weights: u varies along one direction of the 100 (sum(x)), which the network then finds faster
  // (relative L2 1.22e-2 against 2.20e-2 with seed 1, 1.71e-2 against 1.93e-2 with seed 2, 1.58e-2 against 1.56e-2
  // with seed 3; docs/training.md, "First-layer gain"). 5000 validation points: the error lives in the upper tail of
  // sum(x), which 200 points see too rarely (the run without the gain read 1.67e-2 on 200 points and 2.20e-2 on these).
  // Short of the 1e-2 aimed at (20,000 steps: 1.28e-2 and 1.07e-2): a plain fit of the exact solution by the same
  // network stops near there too (docs/training.md).
  train samples = 16, steps = 10000, first-layer-gain = 0.3, validation-points = 5000
}
