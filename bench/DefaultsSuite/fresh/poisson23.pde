// Fresh: Poisson on the unit square with a higher mode, u = sin(2 pi x) sin(3 pi y), zero boundary data.
problem Poisson23 {
  domain x in [0, 1], y in [0, 1]
  pde   lap(u) = -13*pi^2*sin(2*pi*x)*sin(3*pi*y)
  on boundary: u = 0
  exact sin(2*pi*x)*sin(3*pi*y)
}
