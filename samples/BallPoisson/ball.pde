// ball.pde: Poisson's equation in the n-dimensional unit ball with an exact solution (language-2.md, part A).
// lap(sin(sum(x))/n) = -sin(sum(x)), so u = sin(sum(x))/n solves it with its own values on the sphere.
namespace Samples.BallPoisson;

problem BallPoisson {
  dim n = 10                              // --dim n=1000 for the large case
  domain x in R^n where |x| <= 1         // the unit ball
  sample x ~ radial                       // radius uniform in [0, 1], direction uniform
  pde   lap(u) = -sin(sum(x))
  on |x| = 1: u = sin(sum(x))/n           // the sphere; on boundary means the same here
  exact sin(sum(x))/n
}
