// The heat equation with a positive solution, u = exp(x + t), through the nonlinear ansatz u = exp(net): the network
// learns ln u = x + t, and every derivative of u comes from the chain rule (lap(u) = u (lap(net) + |grad net|^2)).
namespace PdeDsl.Training.Tests;

problem ExpAnsatzHeat {
  domain t in [0, 1], x in [0, 1]
  ansatz u = exp(net)
  pde   u_t = lap(u)
  on t = 0: u = exp(x)
  on x = 0: u = exp(t)
  on x = 1: u = exp(1 + t)
  exact exp(x + t)
}
