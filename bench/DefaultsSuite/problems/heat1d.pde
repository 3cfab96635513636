// The heat equation on a rod, time-dependent: u_t = u_xx, u = exp(-t) sin(x).
namespace PdeDsl.DefaultsSuite;

problem Heat1D {
  domain t in [0, 1], x in [0, 1]
  pde    u_t = u_xx
  on t = 0: u = sin(x)
  on boundary: u = exp(-t)*sin(x)
  exact  exp(-t)*sin(x)
}
