// allen-cahn-ring.pde: an Allen-Cahn equation on a ring (x repeats with period 2) with a travelling manufactured
// solution. The solution's periodicity is exact: the network reads x through cos and sin of its angle (docs/language.md,
// "Periodic coordinates"), so there is no condition at x = 0 or x = 2 and none is needed.
namespace Samples.PeriodicAllenCahn;

problem PeriodicAllenCahn {
  param eps = 0.01
  domain t in [0, 1], x in [0, 2]
  periodic x
  let s(t, x) = 0.8*sin(pi*(x - 0.5*t)) + 0.2*cos(2*pi*x)       // the manufactured solution
  pde u_t - eps*u_xx - u + u^3 = diff(s(t, x), t) - eps*diff(s(t, x), x, x) - s(t, x) + s(t, x)^3
  on t = 0: u = s(0, x)
  exact s(t, x)
}
