namespace PdeDsl.EndToEnd.Tests;

/// <summary>What a user writes: problems in both forms, and a few training steps through the runtime API.</summary>
public static class UserCode
{
    public const string PoissonPde = """
        // No namespace statement: the problem lands in the project's RootNamespace.
        problem Poisson2D {
          domain x in [0, 1], y in [0, 1]
          pde    lap(u) = -sin(x + y)
          on boundary: u = 0.5*sin(x + y)
          exact  0.5*sin(x + y)
        }
        """;

    public const string HjbAttributes = """
        using PdeDsl;

        namespace AttributeApp;

        [Dim("n", 4)]
        [Param("lambda", 1.0)]
        [Let("g(y) = ln((1 + |y|^2) / 2)")]
        [Domain("t in [0, 1], x in [0, 1]^n")]
        [Pde("u_t + lap(u) - lambda*|grad u|^2 = 0")]
        [Condition("t = 1", "u = g(x)")]
        public partial class Hjb { }
        """;

    /// <summary>
    /// A program that trains <paramref name="create"/>'s problem for a few Adam steps with the Stein backend and
    /// succeeds when the validation loss went down. The validation loss uses fixed points and many noise samples,
    /// so the estimator's own variance (which the training loss includes) does not hide the trend.
    /// </summary>
    public static string Program(string create) => $$"""
        using PdeDsl;
        using TorchSharp;
        using static TorchSharp.torch;

        IPdeProblem problem = {{create}};
        var generator = new torch.Generator(7);
        var network = new Mlp(problem.InputDimension, width: 32, depth: 2, seed: 1);
        var training = new SteinBackend(new SteinOptions { Sigma = 0.1, Samples = 128, Seed = 3 });
        var validation = new SteinBackend(new SteinOptions { Sigma = 0.1, Samples = 2048, Seed = 5 });
        var validationPoints = Enumerable.Range(0, problem.Terms.Count).Select(t => problem.Sample(t, 256, new torch.Generator((ulong)(99 + t)), CPU, float32)).ToArray();
        double Loss(IDerivativeBackend backend, Func<int, Tensor> points)
        {
            using var scope = torch.NewDisposeScope();
            var loss = torch.zeros(1);
            for (int term = 0; term < problem.Terms.Count; term++)
            {
                var x = points(term);
                loss = loss + problem.Residual(term, x, backend.Evaluate(network, x, problem.Terms[term].Request)).square().mean();
            }
            return loss.item<float>();
        }
        double before = Loss(validation, t => validationPoints[t]);
        var optimizer = optim.Adam(network.parameters(), 5e-3);
        for (int step = 0; step < 60; step++)
        {
            using var scope = torch.NewDisposeScope();
            optimizer.zero_grad();
            var loss = torch.zeros(1);
            for (int term = 0; term < problem.Terms.Count; term++)
            {
                var points = problem.Sample(term, 128, generator, CPU, float32);
                loss = loss + problem.Residual(term, points, training.Evaluate(network, points, problem.Terms[term].Request)).square().mean();
            }
            loss.backward();
            optimizer.step();
        }
        double after = Loss(validation, t => validationPoints[t]);
        Console.WriteLine($"problem {problem.Name}: input {problem.InputDimension}, terms {problem.Terms.Count}, validation loss {before:G4} -> {after:G4}");
        return after < before ? 0 : 1;
        """;
}
