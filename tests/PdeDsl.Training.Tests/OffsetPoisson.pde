// A solution far from size 1 (OutputScaleTests): Poisson in the unit square with u = 30 + x + sin(pi x) sin(pi y), so the
// boundary data 30 + x holds the size and the forcing does not (a constant has no Laplacian).
namespace PdeDsl.Training.Tests;

problem OffsetPoisson {
  let    s = sin(pi*x)*sin(pi*y)
  domain x in [0, 1], y in [0, 1]
  pde    lap(u) = -2*pi^2*s
  on boundary: u = 30 + x
  exact  30 + x + s
}
