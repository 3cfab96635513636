// Fresh: a 1-D Helmholtz problem u'' + 4u = f with u = sin(3 pi x) + x, Dirichlet data at both ends.
problem Helmholtz1D {
  domain x in [0, 1]
  pde   u_xx + 4*u = -9*pi^2*sin(3*pi*x) + 4*(sin(3*pi*x) + x)
  on x = 0: u = 0
  on x = 1: u = 1
  exact sin(3*pi*x) + x
}
