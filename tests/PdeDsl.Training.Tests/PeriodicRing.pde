// An Allen-Cahn equation on a ring (x repeats with period 2) and the same problem without 'periodic', for
// PeriodicTrainingTests: the first must agree at x = 0 and x = 2 whatever the network learned, the second need not.
namespace PdeDsl.Training.Tests;

problem PeriodicRing {
  param L = 2                          // the period (the manufactured solution repeats over 2)
  domain t in [0, 1], x in [0, L]
  periodic x
  let s(t, x) = 0.8*sin(pi*(x - 0.5*t)) + 0.2*cos(2*pi*x)
  pde u_t - 0.01*u_xx - u + u^3 = diff(s(t, x), t) - 0.01*diff(s(t, x), x, x) - s(t, x) + s(t, x)^3
  on t = 0: u = s(0, x)
  exact s(t, x)
}

problem OpenRing {
  domain t in [0, 1], x in [0, 2]
  let s(t, x) = 0.8*sin(pi*(x - 0.5*t)) + 0.2*cos(2*pi*x)
  pde u_t - 0.01*u_xx - u + u^3 = diff(s(t, x), t) - 0.01*diff(s(t, x), x, x) - s(t, x) + s(t, x)^3
  on t = 0: u = s(0, x)
  exact s(t, x)
}
