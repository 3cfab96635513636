// Fresh: heat equation with a source, u = exp(-t) sin(2 pi x), u_t = 0.1 u_xx + f.
problem HeatSource {
  domain t in [0, 1], x in [0, 1]
  pde   u_t = 0.1*u_xx + (0.4*pi^2 - 1)*exp(-t)*sin(2*pi*x)
  on t = 0: u = sin(2*pi*x)
  on x = 0: u = 0
  on x = 1: u = 0
  exact exp(-t)*sin(2*pi*x)
}
