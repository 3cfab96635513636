// The biharmonic equation Δ²u = f on the unit square with u = Δu = 0 on the boundary (Navier conditions), split into
// two second-order unknowns: lap(u) = v, lap(v) = f. Exact: u = sin(pi x) sin(pi y)/pi^2, v = -2 sin(pi x) sin(pi y)
// (scaled so that v is of order 1).
problem Biharmonic {
  unknown u, v
  domain x in [0, 1], y in [0, 1]
  pde lap(u) = v
  pde lap(v) = 4*pi^2*sin(pi*x)*sin(pi*y)
  on boundary: u = 0
  on boundary: v = 0
  exact u = sin(pi*x)*sin(pi*y)/pi^2
  exact v = -2*sin(pi*x)*sin(pi*y)
}
