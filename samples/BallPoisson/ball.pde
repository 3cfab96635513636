// ball.pde: Poisson's equation in the n-dimensional unit ball with an exact solution (language-2.md, part A).
// With s = sum(x), lap(sin(s)) = -n*sin(s): the equation is divided by n so that the solution, its data and the
// pde's right side all stay O(1) at any n (s itself is O(1) on the ball's points: about |x| times a standard normal).
namespace Samples.BallPoisson;

problem BallPoisson {
  dim n = 10                              // --dim n=1000 for the large case
  domain x in R^n where |x| <= 1         // the unit ball
  sample x ~ radial                       // radius uniform in [0, 1], direction uniform
  pde   lap(u)/n = -sin(sum(x))
  on |x| = 1: u = sin(sum(x))             // the sphere; on boundary means the same here
  exact sin(sum(x))
  // Measured on 2 CPU cores (docs/training.md). sigma is left to the rules: 0.1 x 2/sqrt(n) (0.063 at n = 10,
  // float32's floor 0.01 at n = 1000), so the noise's length sigma*sqrt(n) stays inside the ball at any n.
  train steps = 1000, samples = 64, value-samples = 8, noise = per-point, condition-weight = 10, network = 3x64 tanh, lr = 0.001
}
