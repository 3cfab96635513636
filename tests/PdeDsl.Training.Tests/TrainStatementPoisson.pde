// A problem whose file carries its own training settings (SettingsResolutionTests): the train statement fixes some,
// the rules choose the rest.
namespace PdeDsl.Training.Tests;

problem TrainStatementPoisson {
  domain x in [0, 1], y in [0, 1]
  pde    lap(u) = -2*pi^2*sin(pi*x)*sin(pi*y)
  on boundary: u = 0
  train  steps = 3, lr = 0.002, network = 2x8, validation-points = 20
}
