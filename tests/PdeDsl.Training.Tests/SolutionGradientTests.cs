using System;
using System.Linq;
using PdeDsl;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>A solution's gradient is the derivative of its values, and points can be given by coordinate name.</summary>
public sealed class SolutionGradientTests
{
    // Central differences of Evaluate along each input column (float64 and jets: the values are the network itself).
    private static double[,] Differences(Solution solution, double[,] points, double h)
    {
        int n = points.GetLength(0), d = points.GetLength(1);
        var result = new double[n, d];
        for (int j = 0; j < d; j++)
        {
            var plus = (double[,])points.Clone();
            var minus = (double[,])points.Clone();
            for (int i = 0; i < n; i++) { plus[i, j] += h; minus[i, j] -= h; }
            double[] up = solution.Evaluate(plus), down = solution.Evaluate(minus);
            for (int i = 0; i < n; i++) result[i, j] = (up[i] - down[i]) / (2 * h);
        }
        return result;
    }

    private static void AssertClose(double[,] expected, double[,] actual, double tolerance)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        double scale = Math.Max(1e-3, expected.Cast<double>().Max(Math.Abs));
        for (int i = 0; i < expected.GetLength(0); i++)
            for (int j = 0; j < expected.GetLength(1); j++)
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= tolerance * scale, $"point {i}, column {j}: {actual[i, j]} against {expected[i, j]}");
    }

    [Fact]
    public void The_gradient_is_the_derivative_of_the_values_also_through_an_ansatz()
    {
        var random = new Random(4);
        var square = new double[20, 2];
        for (int i = 0; i < 20; i++) { square[i, 0] = random.NextDouble(); square[i, 1] = random.NextDouble(); }
        using (var trainer = new Trainer(new Poisson2D(), TinySettings.Options(30) with { Backend = BackendKind.Jet, Precision = Precision.Float64 }))
        {
            trainer.Train();
            AssertClose(Differences(trainer.Solution, square, 1e-5), trainer.Solution.Gradient(square), 1e-6);
        }

        // u = (1 - |x|^2) * net: the gradient carries the ansatz's own factor (a raw network gradient would not match).
        var ball = new double[20, 3];
        for (int i = 0; i < 20; i++) for (int j = 0; j < 3; j++) ball[i, j] = 0.5 * (random.NextDouble() - 0.5);
        using (var trainer = new Trainer(new AnsatzBall(), TinySettings.Options(30) with { Backend = BackendKind.Jet, Precision = Precision.Float64 }))
        {
            trainer.Train();
            AssertClose(Differences(trainer.Solution, ball, 1e-5), trainer.Solution.Gradient(ball), 1e-6);
            Assert.Throws<ArgumentException>(() => trainer.Solution.Gradient(new double[3, 2]));
            Assert.Throws<ArgumentException>(() => trainer.Solution.Gradient(ball, "v"));
        }
    }

    [Fact]
    public void Points_given_by_coordinate_name_are_laid_out_in_the_problems_order()
    {
        var hjb = new Samples.Hjb.HjbOnRn();
        hjb.SetDim("n", 3);
        var x = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        // Given x first and t second, the columns still come out as t, x1, x2, x3.
        var points = new PointSet(hjb, 2).Set("x", x).Set("t", new[] { 0.25, 0.75 }).ToArray();
        Assert.Equal(new double[,] { { 0.25, 1, 2, 3 }, { 0.75, 4, 5, 6 } }, points);

        Assert.Contains("lack t", Assert.Throws<InvalidOperationException>(() => new PointSet(hjb, 2).Set("x", x).ToArray()).Message);
        Assert.Contains("its coordinates are t, x", Assert.Throws<ArgumentException>(() => new PointSet(hjb, 2).Set("y", new double[2])).Message);
        Assert.Contains("[2, 3] array", Assert.Throws<ArgumentException>(() => new PointSet(hjb, 2).Set("x", new double[2])).Message);
        Assert.Contains("needs a [2, 3] array", Assert.Throws<ArgumentException>(() => new PointSet(hjb, 2).Set("x", new double[2, 2])).Message);

        using var trainer = new Trainer(new Poisson2D(), TinySettings.Options(5) with { Backend = BackendKind.Jet });
        trainer.Train();
        var named = new PointSet(trainer.Problem, 2).Set("y", new[] { 0.1, 0.2 }).Set("x", new[] { 0.3, 0.4 });
        Assert.Equal(trainer.Solution.Evaluate(new double[,] { { 0.3, 0.1 }, { 0.4, 0.2 } }), trainer.Solution.Evaluate(named));
        // Points of another problem as wide (t and x for the HJB at n = 1) are refused, not read as x and y.
        var other = new Samples.Hjb.HjbOnRn();
        other.SetDim("n", 1);
        var theirs = new PointSet(other, 1).Set("t", new[] { 0.5 }).Set("x", new double[,] { { 0.5 } });
        Assert.Contains("another problem's coordinates", Assert.Throws<ArgumentException>(() => trainer.Solution.Evaluate(theirs)).Message);
    }
}
