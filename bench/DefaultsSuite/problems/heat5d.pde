// The heat equation in 5 space dimensions: u_t = lap(u), u = exp(-t) sin(sum(x)/sqrt(5)).
namespace PdeDsl.DefaultsSuite;

problem Heat5D {
  dim    n = 5
  domain t in [0, 1], x in [0, 1]^n
  pde    u_t = lap(u)
  on t = 0: u = sin(sum(x)/sqrt(n))
  on boundary: u = exp(-t)*sin(sum(x)/sqrt(n))
  exact  exp(-t)*sin(sum(x)/sqrt(n))
}
