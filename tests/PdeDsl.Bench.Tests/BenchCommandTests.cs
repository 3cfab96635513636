using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace PdeDsl.Bench.Tests;

/// <summary>The bench command end to end at tiny sizes: it runs, and its JSON has the fields results.md and the issue rely on.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Tiny_run_writes_rows_for_both_backends_and_a_capped_time_to_target()
    {
        string json = Path.Combine(Path.GetTempPath(), $"bench-smoke-{Guid.NewGuid():N}.json");
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            int code = BenchCommand.Run(new[]
            {
                "--dims", "3", "--steps", "2", "--warmup", "0", "--samples", "4:2,6:1", "--interior-points", "8", "--condition-points", "8",
                "--target-dims", "3", "--target-cap-seconds", "0.2", "--target-validate-every", "5", "--target-eval-samples", "4", "--target", "1e-12",
                "--no-floor", "--no-value-error", "--threads", "1", "--json", json,
            }, output, error);

            Assert.True(code == 0, error.ToString());
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var root = doc.RootElement;
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("machine").GetString()));

            var rows = root.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(new[] { "stein", "stein", "autograd" }, rows.Select(r => r.GetProperty("backend").GetString()));
            Assert.All(rows, r =>
            {
                Assert.Equal(3, r.GetProperty("dim").GetInt32());
                double median = r.GetProperty("msPerStep").GetDouble();
                Assert.True(median > 0 && r.GetProperty("msMin").GetDouble() <= median && median <= r.GetProperty("msMax").GetDouble());
                Assert.True(r.GetProperty("peakMemoryMB").GetDouble() > 0);
            });
            Assert.Equal(2, rows[0].GetProperty("timedSteps").GetInt32());
            Assert.Equal((4, 2), (rows[0].GetProperty("samples").GetInt32(), rows[0].GetProperty("valueSamples").GetInt32()));
            Assert.Equal((6, 1), (rows[1].GetProperty("samples").GetInt32(), rows[1].GetProperty("valueSamples").GetInt32()));
            Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("samples").ValueKind);

            var ratio = Assert.Single(root.GetProperty("ratios").EnumerateArray());
            Assert.True(ratio.GetProperty("autogradOverStein").GetDouble() > 0);

            // A target no network reaches: both runs stop at the cap and say so.
            var targets = root.GetProperty("timeToTarget").EnumerateArray().ToList();
            Assert.Equal(2, targets.Count);
            Assert.All(targets, t =>
            {
                Assert.True(t.GetProperty("capped").GetBoolean());
                Assert.Equal(JsonValueKind.Null, t.GetProperty("seconds").ValueKind);
                Assert.True(t.GetProperty("stepsRun").GetInt32() >= 1);
                Assert.True(double.IsFinite(t.GetProperty("bestValidationLoss").GetDouble()));
                // The common yardstick against Cole-Hopf: an untrained network is far from it, but the number must be there.
                Assert.InRange(t.GetProperty("relativeL2Error").GetDouble(), 1e-6, 10);
                // The last validation comes with its standard error over the hold-out points (> 0: their residuals differ).
                Assert.True(t.GetProperty("lastValidationStandardError").GetDouble() > 0);
                // Validations every 5 steps: the history has them in order, the last one is the reported last loss.
                var history = t.GetProperty("history").EnumerateArray().ToList();
                Assert.NotEmpty(history);
                Assert.All(history, h => Assert.Equal(0, h.GetProperty("step").GetInt32() % 5));
                Assert.Equal(t.GetProperty("lastValidationLoss").GetDouble(), history[^1].GetProperty("loss").GetDouble());
                Assert.Equal(4, t.GetProperty("levels").GetArrayLength());
            });
            Assert.Equal("shared", targets[0].GetProperty("noise").GetString());
            Assert.Equal(JsonValueKind.Null, targets[1].GetProperty("noise").ValueKind);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public void Autograd_above_the_full_dim_is_extrapolated_from_two_column_counts_and_marked_so()
    {
        string json = Path.Combine(Path.GetTempPath(), $"bench-smoke-{Guid.NewGuid():N}.json");
        try
        {
            int code = BenchCommand.Run(new[]
            {
                "--dims", "5", "--backends", "autograd", "--steps", "1", "--warmup", "0", "--autograd-full-max-dim", "4", "--autograd-columns", "4",
                "--interior-points", "8", "--condition-points", "8", "--target-dims", "", "--no-floor", "--no-value-error", "--threads", "1", "--json", json,
            }, new StringWriter(), new StringWriter());

            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var row = Assert.Single(doc.RootElement.GetProperty("rows").EnumerateArray());
            Assert.True(row.GetProperty("extrapolated").GetBoolean());
            Assert.Equal(4, row.GetProperty("laplacianColumnsTimed").GetInt32());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("msMin").ValueKind);
            var e = Assert.Single(doc.RootElement.GetProperty("autogradExtrapolations").EnumerateArray());
            Assert.Equal((2, 4), (e.GetProperty("halfColumns").GetInt32(), e.GetProperty("columns").GetInt32()));
            // The row's time is the line through the two measurements, taken to all 5 columns.
            double half = e.GetProperty("halfMs").GetDouble(), four = e.GetProperty("ms").GetDouble();
            Assert.Equal(four + (four - half) / 2, row.GetProperty("msPerStep").GetDouble(), 6);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Theory]
    [InlineData("--dims", "0")]
    [InlineData("--samples", "8:x")]
    [InlineData("--samples", "2")]
    [InlineData("--backends", "pinn")]
    [InlineData("--target-noise", "sideways")]
    [InlineData("--frobnicate")]
    public void Bad_command_line_is_exit_code_2_with_a_message_naming_the_option(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(2, BenchCommand.Run(args, new StringWriter(), error));
        Assert.Contains(args[0], error.ToString());
    }
}
