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
  // Jets (chosen by the rules): dot(-theta*x, grad u) is a derivative along -theta*x, one exact direction per point. The
  // weighted diagonal reads K = 4 axes drawn by weight, sqrt(W)*e_i with P(i) = sig2_i/W (directions = axes; docs/runtime.md):
  // their noise is the spread of the Hessian's diagonal only, and u's diagonal is the same on every axis (u is a function
  // of sum(x)), so they read it with almost no noise where K = 16 Rademacher directions had a relative sd of about 0.35.
  // With that noise gone the points are what is noisy, so each step takes 300 + 300 of them (relative L2 5.0e-3, 5.9e-3
  // and 1.24e-2 with seeds 1, 2, 3; 6.4e-3, 3.8e-3 and 7.8e-3 with the axes' draws in float32, so runs spread that much;
  // against 1.22e-2, 1.71e-2 and 1.58e-2 for Rademacher K = 16 with 100 + 100; axes with
  // 100 + 100: 9.3e-3, 1.54e-2, 9.8e-3; Rademacher K = 4 with 300 + 300: 2.23e-2; about 350 s on this 2-core CPU). The first
  // layer starts at 0.3 of its usual weights ("First-layer gain" in docs/training.md; with 1: 9.9e-3). 5000 validation
  // points: the error lives in the upper tail of sum(x), which 200 points see too rarely.
  train directions = axes, samples = 4, interior-points = 300, condition-points = 300, steps = 10000, first-layer-gain = 0.3,
        validation-points = 5000
}
