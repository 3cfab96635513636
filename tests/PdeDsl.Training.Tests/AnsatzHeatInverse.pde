// An inverse heat problem with an ansatz (AnsatzObservationTests): u = sin(pi*x)*net is 0 at x = 0 and 1 whatever the
// network, and the network is not u (for the true u it is exp(-kappa*pi^2*t)), so the data misfit must compare the
// ansatz's u with the observations, not the network's value.
namespace PdeDsl.Training.Tests;

problem AnsatzHeatInverse {
  param kappa = 0.5 learn
  domain t in [0, 1], x in [0, 1]
  ansatz u = sin(pi*x)*net
  pde u_t = kappa*u_xx
  on t = 0: u = sin(pi*x)
  observe "heat.csv": u
}
