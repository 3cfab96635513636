// Fresh: Poisson in the unit cube, u = sin(pi x) sin(pi y) sin(pi z), zero boundary data.
problem PoissonCube {
  domain x in [0, 1], y in [0, 1], z in [0, 1]
  pde   lap(u) = -3*pi^2*sin(pi*x)*sin(pi*y)*sin(pi*z)
  on boundary: u = 0
  exact sin(pi*x)*sin(pi*y)*sin(pi*z)
}
