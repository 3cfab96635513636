// the second edition (docs/language.md): the Gray-Scott reaction-diffusion system, two unknowns on one network.
problem GrayScott {
  unknown u, v
  param F = 0.04
  param k = 0.06
  domain t in [0, 1], x in [0, 1], y in [0, 1]
  pde u_t = 0.1*lap(u) - u*v^2 + F*(1 - u)
  pde v_t = 0.05*lap(v) + u*v^2 - (F + k)*v
  on t = 0: u = 1 - 0.5*exp(-20*((x-0.5)^2 + (y-0.5)^2))
  on t = 0: v = 0.25*exp(-20*((x-0.5)^2 + (y-0.5)^2))
  on boundary: dot(normal, grad u) = 0
  on boundary: dot(normal, grad v) = 0
}
