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

    /// <summary>A program that trains <paramref name="create"/>'s problem for a few Adam steps with the Stein backend.</summary>
    public static string Program(string create) => $$"""
        using PdeDsl;
        using TorchSharp;
        using static TorchSharp.torch;

        IPdeProblem problem = {{create}};
        var generator = new torch.Generator(7);
        var network = new Mlp(problem.InputDimension, width: 32, depth: 2, seed: 1);
        var backend = new SteinBackend(new SteinOptions { Sigma = 0.1, Samples = 64, Seed = 3 });
        var optimizer = optim.Adam(network.parameters(), 1e-2);
        var losses = new List<double>();
        for (int step = 0; step < 60; step++)
        {
            using var scope = torch.NewDisposeScope();
            optimizer.zero_grad();
            var loss = torch.zeros(1);
            for (int term = 0; term < problem.Terms.Count; term++)
            {
                var points = problem.Sample(term, 128, generator, CPU, float32);
                var derivatives = backend.Evaluate(network, points, problem.Terms[term].Request);
                loss = loss + problem.Residual(term, points, derivatives).square().mean();
            }
            loss.backward();
            optimizer.step();
            losses.Add(loss.item<float>());
        }
        double first = losses.Take(10).Average(), last = losses.Skip(50).Average();
        Console.WriteLine($"problem {problem.Name}: input {problem.InputDimension}, terms {problem.Terms.Count}, loss {first:G4} -> {last:G4}");
        return last < first ? 0 : 1;
        """;
}
