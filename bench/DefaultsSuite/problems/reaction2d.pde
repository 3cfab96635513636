// A nonlinear reaction-diffusion problem: lap(u) + u^2 = f with u = g = 0.5 exp((x - y)/2), Dirichlet.
namespace PdeDsl.DefaultsSuite;

problem Reaction2D {
  let    g = 0.5*exp(0.5*(x - y))
  domain x in [0, 1], y in [0, 1]
  pde    lap(u) + u^2 = 0.5*g + g^2
  on boundary: u = g
  exact  g
}
