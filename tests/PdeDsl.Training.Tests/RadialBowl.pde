// A radial solution in the 30-dimensional unit ball for the radial feature's tests: u = sin(|x|^2), whose Laplacian is
// 2n cos(|x|^2) - 4|x|^2 sin(|x|^2); the points' radii are uniform in [0, 1], so |x|^2 spans [0, 1].
namespace PdeDsl.Training.Tests;

problem RadialBowl {
  dim n = 30
  domain x in R^n where |x| <= 1
  sample x ~ radial
  pde lap(u)/n = 2*cos(|x|^2) - 4*|x|^2*sin(|x|^2)/n
  on boundary: u = sin(1)
  exact sin(|x|^2)
}
