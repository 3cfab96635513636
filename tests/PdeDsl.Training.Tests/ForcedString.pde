// u'' = -a sin(pi x) on [0, 1] with u = g at both ends: u = (a/pi^2) sin(pi x) + g. With the network at 0 the pde's
// mean squared residual is a^2/2 and the two conditions' g^2 each: the condition weight rule reads their ratio.
namespace PdeDsl.Training.Tests;

problem ForcedString {
  param a = 20
  param g = 0
  domain x in [0, 1]
  pde   u_xx = -a*sin(pi*x)
  on x = 0: u = g
  on x = 1: u = g
  exact a/pi^2*sin(pi*x) + g
}
