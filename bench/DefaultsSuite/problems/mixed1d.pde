// 1-D Poisson with one Dirichlet and one Neumann end: u'' = -(pi/2)^2 sin(pi x / 2), u(0) = 0, u'(1) = 0.
namespace PdeDsl.DefaultsSuite;

problem Mixed1D {
  domain x in [0, 1]
  pde    u_xx = -(pi/2)^2 * sin(pi*x/2)
  on x = 0: u = 0
  on x = 1: u_x = 0
  exact  sin(pi*x/2)
}
