// Held out: nonlinear reaction-diffusion lap(u) - u^3 = f in the unit square with u = sin(pi x) sin(pi y) (its
// curvature is 2 pi^2 times u), Dirichlet.
namespace PdeDsl.DefaultsSuite;

problem ReactionSine2D {
  let    s = sin(pi*x)*sin(pi*y)
  domain x in [0, 1], y in [0, 1]
  pde    lap(u) - u^3 = -2*pi^2*s - s^3
  on boundary: u = 0
  exact  s
}
