// Laplace's equation with two Dirichlet and two Neumann faces (mixed): u = cos(x) exp(y) is harmonic.
namespace PdeDsl.DefaultsSuite;

problem LaplaceMixed2D {
  domain x in [0, 1], y in [0, 1]
  pde    lap(u) = 0
  on x = 0: u = exp(y)
  on x = 1: u_x = -sin(1)*exp(y)
  on y = 0: u_y = cos(x)
  on y = 1: u = cos(x)*e
  exact  cos(x)*exp(y)
}
