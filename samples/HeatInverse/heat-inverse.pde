// the second edition (docs/language.md): the heat equation with an unknown diffusivity, learned from observations of u.
// The sample writes heat.csv from the exact solution u = exp(-kappa*pi^2*t)*sin(pi*x) with kappa = 0.1 (Program.cs).
problem HeatInverse {
  param kappa = 0.5 learn                // trained with the network, starting at 0.5; reported
  domain t in [0, 1], x in [0, 1]
  pde u_t = kappa*u_xx
  on t = 0: u = sin(pi*x)
  on boundary: u = 0
  observe "heat.csv": u                  // columns t, x, u: a data misfit term
}
