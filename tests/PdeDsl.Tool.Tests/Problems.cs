namespace PdeDsl.Tool.Tests;

/// <summary>Problems for the tests: a small 1-D Poisson problem with training defaults, and broken files.</summary>
internal static class Problems
{
    /// <summary>u'' = -pi^2 sin(pi x) on [0, 1], u = 0 at both ends: exact solution sin(pi x).</summary>
    public const string Poisson1D = """
        problem Poisson1D {
          domain x in [0, 1]
          pde    u_xx = -pi^2*sin(pi*x)
          on boundary: u = 0
          exact  sin(pi*x)
          train  steps = 300, samples = 32, network = 2x32 tanh, noise = per-point
          train  eval-samples = 64, validation-points = 64, threads = 1
        }
        """;

    /// <summary>Two problems in one file.</summary>
    public const string Two = """
        problem First {
          domain x in [0, 1]
          pde    u_xx = 0
          on boundary: u = x
        }
        problem Second {
          domain x in [0, 1]
          pde    u_xx = 1
          on boundary: u = 0
        }
        """;

    /// <summary>A typo on line 3 (sinn at column 22) and a bad training setting on line 5.</summary>
    public const string Broken = """
        problem Broken {
          domain x in [0, 1]
          pde    u_xx = -sinn(x)
          on boundary: u = 0
          train  steps = 10, sampels = 4
        }
        """;

    /// <summary>Every training setting with a value the trainer accepts (network stands for hidden-layers and hidden-width).</summary>
    public const string EverySetting = """
          train  steps = 0, samples = 4, sigma = 0.2, lr = 0.002, estimator = control-variate, noise = per-point
          train  backend = stein, unbiased-square = false, network = 1x4 tanh, interior-points = 8, condition-points = 4
          train  condition-weight = 2, value-samples = 2, eval-samples = 6, validation-points = 8, validate-every = 1
          train  seed = 7, device = cpu, precision = float64, threads = 1, noise-groups = false, learned-lr = 0.03
          train  output-scale = 3, directions = gaussian, radial-feature = false, input-scale = auto
          train  first-layer-gain = 0.5
        """;
}
