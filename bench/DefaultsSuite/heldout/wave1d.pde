// Held out (no rule was tuned on it): the 1-D wave equation u_tt = u_xx on [0, 1]^2 with u_t = 0 at t = 0,
// u = cos(pi t) sin(pi x).
namespace PdeDsl.DefaultsSuite;

problem Wave1D {
  domain t in [0, 1], x in [0, 1]
  pde    u_tt = u_xx
  on t = 0: u = sin(pi*x)
  on t = 0: u_t = 0
  on x = 0: u = 0
  on x = 1: u = 0
  exact  cos(pi*t)*sin(pi*x)
}
