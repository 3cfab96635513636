namespace PdeDsl.EndToEnd.Tests;

/// <summary>What users of the PdeDsl.Compiler package write: a program that compiles a problem from a string, and a snapshot test.</summary>
internal static class CompilerUserCode
{
    /// <summary>A Poisson problem on the square the tests have not trained elsewhere: u = x*y*(1 - x) + cos(y).</summary>
    public const string Problem = """
        problem Bowl {
          domain x in [0, 1], y in [0, 1]
          pde    lap(u) = -2*y - cos(y)
          on boundary: u = x*y*(1 - x) + cos(y)
          exact  x*y*(1 - x) + cos(y)
        }
        """;

    /// <summary>
    /// Compiles <see cref="Problem"/> from a string (writing it to bowl.pde for the tool too), trains it 200 steps, saves
    /// the solution, loads it into a problem compiled afresh, evaluates 1,000 points of its own and prints the first 20
    /// values; with the argument "broken" it compiles a typo instead and prints the first error.
    /// </summary>
    public const string Program = """"
        using System.Globalization;
        using PdeDsl;

        var text = """
            problem Bowl {
              domain x in [0, 1], y in [0, 1]
              pde    lap(u) = -2*y - cos(y)
              on boundary: u = x*y*(1 - x) + cos(y)
              exact  x*y*(1 - x) + cos(y)
            }
            """;
        var options = new ProblemCompileOptions { CacheFolder = "cache" };
        if (args.Length > 0 && args[0] == "broken")
        {
            try { ProblemCompiler.Compile(text.Replace("cos(y)\n", "coss(y)\n"), options with { Path = "bowl.pde" }); }
            catch (PdeCompilationException e) { Console.WriteLine("error " + e.Errors[0]); return 1; }
            return 0;
        }
        File.WriteAllText("bowl.pde", text);
        var compiled = ProblemCompiler.Compile(text, options);
        using (var trainer = new Trainer(compiled.Create(), o => o with { Steps = 200, Device = DeviceOption.Cpu, Seed = 2 }))
        {
            trainer.Train();
            trainer.Solution.Save("bowl.ckpt");
        }
        Console.WriteLine("cached " + ProblemCompiler.Compile(text, options).FromCache);
        using var solution = Solution.Load(compiled.Create("Bowl"), "bowl.ckpt", device: DeviceOption.Cpu);
        var random = new Random(5);
        var points = new double[1000, 2];
        for (int i = 0; i < 1000; i++) { points[i, 0] = random.NextDouble(); points[i, 1] = random.NextDouble(); }
        var u = solution.Evaluate(points);
        File.WriteAllText("points.csv", "x,y\n" + string.Concat(Enumerable.Range(0, 20)
            .Select(i => points[i, 0].ToString("R", CultureInfo.InvariantCulture) + "," + points[i, 1].ToString("R", CultureInfo.InvariantCulture) + "\n")));
        double mse = Enumerable.Range(0, 1000).Average(i =>
        {
            double x = points[i, 0], y = points[i, 1];
            return Math.Pow(u[i] - (x * y * (1 - x) + Math.Cos(y)), 2);
        });
        Console.WriteLine("mse " + mse.ToString("R", CultureInfo.InvariantCulture));
        Console.WriteLine("values " + string.Join(" ", u.Take(20).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        return 0;
        """";

    /// <summary>A user's snapshot test of their problem's generated C#, approved with ApprovalTests.</summary>
    public const string SnapshotTest = """
        using ApprovalTests;
        using ApprovalTests.Reporters;
        using PdeDsl;
        using Xunit;

        [assembly: UseReporter(typeof(QuietReporter))]

        public class GeneratedCodeTests
        {
            [Fact]
            public void Bowl_generates_the_approved_code() =>
                Approvals.VerifyWithExtension(ProblemCompiler.GenerateFile("bowl.pde").Text, ".cs");
        }
        """;

    /// <summary>The snapshot project's item that copies its problem beside the test assembly.</summary>
    public const string CopyProblem = """
        <Project>
          <ItemGroup>
            <None Include="bowl.pde" CopyToOutputDirectory="PreserveNewest" />
          </ItemGroup>
        </Project>
        """;
}
