// Fresh (written to check the input scale rule, not tuned on): Poisson in a small 4-D box (components of size 0.06), u = exp(5 (x1 - x2)) + sin(15 x3) cos(15 x4).
problem Box4 {
  dim n = 4
  domain x in [-0.1, 0.1]^n
  pde   lap(u) = 50*exp(5*(x[1] - x[2])) - 450*sin(15*x[3])*cos(15*x[4])
  on boundary: u = exp(5*(x[1] - x[2])) + sin(15*x[3])*cos(15*x[4])
  exact exp(5*(x[1] - x[2])) + sin(15*x[3])*cos(15*x[4])
}
