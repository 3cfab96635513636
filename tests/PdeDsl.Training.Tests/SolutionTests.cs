using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>The trained solution from code: evaluated at a program's own points, saved, loaded, and the same numbers as eval.</summary>
public sealed class SolutionTests
{
    [Fact]
    public void A_loaded_solution_gives_the_trainer_s_values_and_eval_prints_the_same_numbers()
    {
        using var folder = new TempFolder();
        string checkpoint = folder.File("p.ckpt");
        var random = new Random(5);
        var points = new double[1000, 2];
        for (int i = 0; i < 1000; i++) { points[i, 0] = random.NextDouble(); points[i, 1] = random.NextDouble(); }

        double[] trained;
        using (var trainer = new Trainer(new Poisson2D(), TinySettings.Options(200) with { Backend = BackendKind.Jet, CheckpointPath = checkpoint }))
        {
            trainer.Train();
            trained = trainer.Solution.Evaluate(points);
            // What the solution gives is what the trainer predicts (the same network and ansatz).
            using var scope = TorchSharp.torch.NewDisposeScope();
            var flat = Enumerable.Range(0, 1000).SelectMany(i => new[] { points[i, 0], points[i, 1] }).ToArray();
            var predicted = trainer.Predict(TorchSharp.torch.tensor(flat).reshape(1000, 2)).to(TorchSharp.torch.ScalarType.Float64).data<double>().ToArray();
            Assert.Equal(predicted, trained);
        }

        using var loaded = Solution.Load(new Poisson2D(), checkpoint, device: DeviceOption.Cpu);
        var values = loaded.Evaluate(points);
        // To float32 precision: the loaded solution evaluates in chunks of another size, so the sums round differently.
        Assert.All(Enumerable.Range(0, 1000), i => Assert.True(Math.Abs(values[i] - trained[i]) <= 1e-6 * Math.Max(1, Math.Abs(trained[i])), $"point {i}: {values[i]} vs {trained[i]}"));
        Assert.Equal(new[] { "u" }, loaded.Unknowns);
        // Trained, not a fresh network: the 200 steps brought u near 0.5 sin(x + y) (MSE of the tiny network about 1e-3).
        double mse = Enumerable.Range(0, 1000).Average(i => Math.Pow(trained[i] - 0.5 * Math.Sin(points[i, 0] + points[i, 1]), 2));
        Assert.True(mse < 1e-2, $"MSE {mse}");

        // The command line's eval is built on the same solution: its CSV holds the same numbers to the last digit.
        File.WriteAllText(folder.File("points.csv"), "x,y\n" + string.Join("\n", Enumerable.Range(0, 20).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{points[i, 0]:R},{points[i, 1]:R}"))) + "\n");
        var eval = CliTests.Run(new Poisson2D(), "eval", "--checkpoint", checkpoint, "--points", folder.File("points.csv"), "--device", "cpu");
        Assert.True(eval.Code == 0, eval.Error);
        var rows = eval.Output.Trim().Split('\n').Skip(1).Select(r => double.Parse(r.Split(',')[2], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(values.Take(20), rows);

        Assert.Throws<ArgumentException>(() => loaded.Evaluate(points, "v"));
        Assert.Throws<ArgumentException>(() => loaded.Evaluate(new double[3, 3]));
    }

    [Theory]
    [InlineData(InputScaleMode.Auto, RadialFeatureMode.Off)]
    [InlineData(InputScaleMode.Off, RadialFeatureMode.Off)]
    [InlineData(InputScaleMode.Off, RadialFeatureMode.Beside)]
    [InlineData(InputScaleMode.Off, RadialFeatureMode.Only)]
    public void A_checkpoint_loads_with_the_input_map_it_was_trained_with(InputScaleMode scale, RadialFeatureMode radial)
    {
        // The 30-D ball: the scaled map by default, none when off, the radial feature when asked; eval reads the map
        // from the checkpoint, not from today's defaults.
        using var folder = new TempFolder();
        string checkpoint = folder.File("bowl.ckpt");
        var points = new double[5, 30];
        for (int i = 0; i < 5; i++) points[i, i] = 0.1 * (i + 1);
        double[] trained;
        string? map;
        using (var trainer = new Trainer(new RadialBowl(), TinySettings.Options(2) with { Backend = BackendKind.Jet, InputScale = scale, RadialFeature = radial, CheckpointPath = checkpoint }))
        {
            trainer.Train();
            trained = trainer.Solution.Evaluate(points);
            map = trainer.Network.InputMap?.ToString();
        }
        Assert.Equal(scale == InputScaleMode.Off && radial == RadialFeatureMode.Off, map is null);
        using var loaded = Solution.Load(new RadialBowl(), checkpoint, device: DeviceOption.Cpu);
        var values = loaded.Evaluate(points);
        Assert.All(Enumerable.Range(0, 5), i => Assert.True(Math.Abs(values[i] - trained[i]) <= 1e-6 * Math.Max(1, Math.Abs(trained[i])), $"point {i}: {values[i]} vs {trained[i]}"));
    }
}
