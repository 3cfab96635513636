using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using PdeDsl;
using Samples.Hjb;
using Samples.Poisson2D;
using Xunit;

namespace PdeDsl.Training.Tests;

/// <summary>
/// Random command lines (known and unknown options, bad numbers, missing values, odd paths, repeated options, both
/// commands) never print a stack trace and always end with a documented exit code, with one line on a usage error.
/// Runs that do train are kept tiny: a small network and batch are filled in for every option the list leaves out.
/// </summary>
public sealed class CommandLinePropertyTests
{
    private static readonly Dictionary<string, string> TinyDefaults = new()
    {
        ["--steps"] = "2", ["--samples"] = "4", ["--value-samples"] = "2", ["--eval-samples"] = "4", ["--validation-points"] = "10",
        ["--interior-points"] = "10", ["--condition-points"] = "10", ["--hidden-layers"] = "1", ["--hidden-width"] = "4", ["--device"] = "cpu",
    };

    private static Gen<string[]> Option(string folder)
    {
        var number = Gen.OneOf(Gen.Const("0"), Gen.Const("1"), Gen.Const("2"), Gen.Const("3"), Gen.Const("4"), Gen.Const("-1"), Gen.Const("abc"), Gen.Const("1e3"),
            Gen.Const("99999999999"), Gen.Const(""), Gen.Const("0x10"), Gen.Const("NaN"), Gen.Const("2.5"));
        var real = Gen.OneOf(Gen.Const("0.1"), Gen.Const("1e-3"), Gen.Const("0"), Gen.Const("-0.5"), Gen.Const("NaN"), Gen.Const("Infinity"), Gen.Const("1e400"), Gen.Const("x"));
        var path = Gen.OneOf(
            Gen.Const(Path.Combine(folder, "r.json")), Gen.Const(Path.Combine(folder, "sub", "deeper", "out.bin")), Gen.Const(folder),
            Gen.Const("/proc/r.json"), Gen.Const(""), Gen.Const(" "), Gen.Const(Path.Combine(folder, "with space & ünïcode\u2028.png")),
            Gen.Const(Path.Combine(folder, "r.json", "inside.json")), Gen.Const("a\0b"));
        var small = Gen.OneOf(Gen.Const("1"), Gen.Const("2"), Gen.Const("4"));
        Gen<string[]> With(string name, Gen<string> value) => value.Select(v => new[] { name, v });
        return Gen.OneOf(
            With("--steps", Gen.OneOf(Gen.Const("0"), Gen.Const("1"), Gen.Const("2"), Gen.Const("-1"), Gen.Const("many"), Gen.Const("2147483648"))),
            With("--samples", number), With("--value-samples", number), With("--eval-samples", Gen.OneOf(number, small)),
            With("--validation-points", Gen.OneOf(small, Gen.Const("0"), Gen.Const("x"))),
            With("--interior-points", Gen.OneOf(small, Gen.Const("0"), Gen.Const("-7"), Gen.Const("2000000000"))),
            With("--condition-points", Gen.OneOf(small, Gen.Const("0"))),
            With("--hidden-layers", Gen.OneOf(small, Gen.Const("0"))), With("--hidden-width", Gen.OneOf(small, Gen.Const("0"), Gen.Const("2000000000"))),
            With("--sigma", real), With("--lr", real), With("--condition-weight", real), With("--seed", Gen.OneOf(number, Gen.Const("-5"))),
            With("--estimator", Gen.OneOf(Gen.Const("vanilla"), Gen.Const("control-variate"), Gen.Const("antithetic"), Gen.Const("magic"))),
            With("--backend", Gen.OneOf(Gen.Const("stein"), Gen.Const("autograd"), Gen.Const("fd"))),
            With("--noise", Gen.OneOf(Gen.Const("shared"), Gen.Const("per-point"), Gen.Const("none"))),
            With("--unbiased-square", Gen.OneOf(Gen.Const("true"), Gen.Const("false"), Gen.Const("maybe"))),
            With("--precision", Gen.OneOf(Gen.Const("float32"), Gen.Const("float64"), Gen.Const("half"))),
            With("--device", Gen.OneOf(Gen.Const("cpu"), Gen.Const("tpu"))),
            With("--threads", Gen.OneOf(Gen.Const("1"), Gen.Const("-1"), Gen.Const("x"))),
            With("--validate-every", Gen.OneOf(small, Gen.Const("-1"))),
            With("--dim", Gen.OneOf(Gen.Const("n=2"), Gen.Const("n=0"), Gen.Const("n=x"), Gen.Const("m=2"), Gen.Const("n"), Gen.Const("=3"), Gen.Const("n=-1"))),
            With("--param", Gen.OneOf(Gen.Const("lambda=2"), Gen.Const("lambda=NaN"), Gen.Const("mu=1"), Gen.Const("lambda="), Gen.Const("lambda=1e999"))),
            With("--report", path), With("--checkpoint", path), With("--plot", path),
            Gen.OneOf(Gen.Const(new[] { "--no-such-option" }), Gen.Const(new[] { "-K" }), Gen.Const(new[] { "--steps" }), Gen.Const(new[] { "--" }),
                Gen.Const(new[] { "extra" }), Gen.Const(new[] { "--no-memory-check" }), Gen.Const(new[] { "--unbiased-square" })));
    }

    private static Gen<string[]> CommandLine(string folder) =>
        Gen.Select(Option(folder).Array[0, 5], Gen.OneOf(Gen.Const(""), Gen.Const("train"), Gen.Const("eval")), (options, command) =>
        {
            var args = new List<string>();
            if (command.Length > 0) args.Add(command);
            foreach (var o in options) args.AddRange(o);
            if (command != "eval")
                foreach (var (name, value) in TinyDefaults)
                    if (!args.Contains(name)) { args.Add(name); args.Add(value); }
            return args.ToArray();
        });

    [Fact]
    public void Random_command_lines_end_with_a_documented_exit_code_one_error_line_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("r.json"), "{}");
        var codes = new Dictionary<int, int>();
        CommandLine(folder.Path).Sample(args =>
        {
            bool hjb = args.Contains("--dim") || args.Contains("--param");
            var (code, output, error) = CliTests.Run(hjb ? new Hjb() : new Poisson2D(), args);
            string shown = string.Join(" ", args.Select(a => $"'{a}'"));
            codes[code] = codes.GetValueOrDefault(code) + 1;
            Assert.True(code is 0 or 1 or 2, $"exit {code} for {shown}\n{error}");
            Assert.DoesNotContain("   at ", error);
            Assert.DoesNotContain("   at ", output);
            Assert.DoesNotContain("Exception", error);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (code == 2)
            {
                Assert.True(lines.Length == 1 && lines[0].StartsWith("error: ", StringComparison.Ordinal), $"for {shown}:\n{error}");
            }
            if (code == 1) Assert.NotEmpty(lines);
        }, iter: 100);
        // The generator must reach both outcomes, or the property says little.
        Assert.True(codes.GetValueOrDefault(0) > 0 && codes.GetValueOrDefault(2) > 0, string.Join(", ", codes.Select(c => $"{c.Key}: {c.Value}")));
    }
}
