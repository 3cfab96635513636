// Advection-diffusion on a wider interval, time-dependent, first derivatives: u_t + u_x = 0.1 u_xx,
// u = exp(-0.1 t) sin(x - t) on x in [-2, 2].
namespace PdeDsl.DefaultsSuite;

problem AdvectionDiffusion1D {
  domain t in [0, 1], x in [-2, 2]
  pde    u_t + u_x = 0.1*u_xx
  on t = 0: u = sin(x)
  on boundary: u = exp(-0.1*t)*sin(x - t)
  exact  exp(-0.1*t)*sin(x - t)
}
