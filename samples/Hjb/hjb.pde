// hjb.pde: high-dimensional Hamilton-Jacobi-Bellman equation (LQG control), the paper's section 5.2.
// Reference value (Han, Jentzen and E, PNAS 2018): u(0, 0) = 4.5901 for n = 100.
namespace Samples.Hjb;

problem Hjb {
  dim   n = 100                      // spatial dimension; --dim n=1000 or n=5000 at run time
  param lambda = 1.0
  param T = 1.0
  let   g(y) = ln((1 + |y|^2) / 2)
  domain t in [0, T], x in [0, 1]^n
  pde   u_t + lap(u) - lambda*|grad u|^2 = 0
  on t = T: u = g(x)
}
