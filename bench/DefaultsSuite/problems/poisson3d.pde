// Poisson in 3-D on [-1, 1]^3, Dirichlet: u = cos(x) cos(y) cos(z), lap(u) = -3u.
namespace PdeDsl.DefaultsSuite;

problem Poisson3D {
  domain x in [-1, 1], y in [-1, 1], z in [-1, 1]
  pde    lap(u) = -3*cos(x)*cos(y)*cos(z)
  on boundary: u = cos(x)*cos(y)*cos(z)
  exact  cos(x)*cos(y)*cos(z)
}
