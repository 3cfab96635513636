// A fresh biharmonic problem as two unknowns: lap(u) = v, lap(v) = 4 pi^4 sin(pi x) sin(pi y).
problem FreshBiharmonic {
  unknown u, v
  let s = sin(pi*x)*sin(pi*y)
  domain x in [0, 1], y in [0, 1]
  pde lap(u) = v
  pde lap(v) = 4*pi^4*s
  on boundary: u = 0
  on boundary: v = 0
  exact u = s
  exact v = -2*pi^2*s
}
