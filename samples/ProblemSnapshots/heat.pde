namespace Samples.ProblemSnapshots;

// A user's problem: its generated C# is approved once and checked on every test run.
problem CoolingRod {
  param kappa = 0.2
  domain t in [0, 1], x in [0, 1]
  pde    u_t = kappa*u_xx
  on t = 0: u = sin(pi*x)
  on boundary: u = 0
  exact  exp(-kappa*pi^2*t)*sin(pi*x)
}
