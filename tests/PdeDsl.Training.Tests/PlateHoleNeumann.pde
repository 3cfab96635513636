// A Neumann condition on a hole's rim with its flux written in closed form (PlateHoleNeumannTests): the region's outward
// normal on the hole is (c - p)/r, pointing into the hole, so h = ((c - p)/r) . grad s.
namespace PdeDsl.Training.Tests;

problem PlateHoleNeumann {
  let s(x, y) = sin(2*x)*cos(y) + x*y
  domain (x, y) in box([0, 1], [0, 1]) minus disk((0.4, 0.6), 0.25) as hole
  pde   lap(u) = lap(s(x, y))
  on boundary of box: u = s(x, y)
  on boundary of hole: dot(normal, grad u) = ((0.4 - x)*(2*cos(2*x)*cos(y) + y) + (0.6 - y)*(x - sin(2*x)*sin(y)))/0.25
  exact s(x, y)
}
