// Poisson in 10 dimensions, Dirichlet: u = sin(sum(x)/sqrt(10)), lap(u) = -u.
namespace PdeDsl.DefaultsSuite;

problem Poisson10D {
  dim    n = 10
  domain x in [0, 1]^n
  pde    lap(u) = -sin(sum(x)/sqrt(n))
  on boundary: u = sin(sum(x)/sqrt(n))
  exact  sin(sum(x)/sqrt(n))
}
