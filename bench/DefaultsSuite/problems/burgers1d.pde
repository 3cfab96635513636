// Viscous Burgers, nonlinear and time-dependent: u_t + u u_x = 0.1 u_xx, a travelling front
// u = 0.5 (1 - tanh((x - 0.5 t)/0.4)) on x in [-1, 1].
namespace PdeDsl.DefaultsSuite;

problem Burgers1D {
  let    front = 0.5*(1 - tanh((x - 0.5*t)/0.4))
  domain t in [0, 1], x in [-1, 1]
  pde    u_t + u*u_x = 0.1*u_xx
  on t = 0: u = front
  on boundary: u = front
  exact  front
}
