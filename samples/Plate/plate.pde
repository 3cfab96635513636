// plate.pde: Poisson's equation on the unit plate with a round hole (docs/language.md, "Regions"), the language's form of
// the C# sample samples/PlateWithHole. The manufactured solution s = sin(2x) cos(y) + xy gives the forcing (lap of s),
// the plate's edge values and the flux through the hole's rim; normal there is the region's outward normal, which
// points into the hole.
namespace Samples.Plate;

problem Plate {
  let s(x, y) = sin(2*x)*cos(y) + x*y
  domain (x, y) in box([0, 1], [0, 1]) minus disk((0.5, 0.5), 0.2) as hole
  pde   lap(u) = lap(s(x, y))
  on boundary of box: u = s(x, y)
  on boundary of hole: dot(normal, grad u) = dot(normal, grad(s(x, y)))
  exact s(x, y)
}
