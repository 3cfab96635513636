using System;
using System.IO;
using System.Linq;
using Xunit;

namespace PdeDsl.Compiler.Tests;

public sealed class ProblemCompilerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pdedsl-compiler-tests-").FullName;

    private ProblemCompileOptions Options => new() { CacheFolder = Path.Combine(folder, "cache") };

    [Fact]
    public void A_problem_compiled_from_a_string_trains_to_its_exact_solution()
    {
        var problem = ProblemCompiler.Compile(Texts.Poisson1D, Options).Create();
        Assert.Equal("Poisson1D", problem.Name);
        using var trainer = new Trainer(problem, o => o with { Steps = 300, Device = DeviceOption.Cpu, Seed = 1 });
        trainer.Train();
        var points = new double[101, 1];
        for (int i = 0; i <= 100; i++) points[i, 0] = i / 100.0;
        var u = trainer.Solution.Evaluate(points);
        double mse = Enumerable.Range(0, 101).Average(i => Math.Pow(u[i] - Math.Sin(Math.PI * points[i, 0]), 2));
        Assert.True(mse < 1e-3, $"MSE {mse} against sin(pi x)");
    }

    [Fact]
    public void A_broken_text_throws_one_exception_carrying_each_error_at_its_line_and_column()
    {
        var text = Texts.Poisson1D.Replace("u_xx = -pi^2", "u_xx = -pii^2");
        var e = Assert.Throws<PdeCompilationException>(() => ProblemCompiler.Compile(text, Options with { Path = "mine.pde" }));
        // A name without the .pde extension compiles alike (the generator reads *.pde files only) and prints as given.
        Assert.Equal("Poisson1D", ProblemCompiler.Compile(Texts.Poisson1D, Options with { Path = "cell" }).Names.Single());
        Assert.Equal("cell", Assert.Throws<PdeCompilationException>(() => ProblemCompiler.Compile(text, Options with { Path = "cell" })).Errors.Single().File);
        var error = Assert.Single(e.Errors);
        var lines = text.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("pii")) + 1;
        Assert.Equal(("mine.pde", line, lines[line - 1].IndexOf("pii", StringComparison.Ordinal) + 1), (error.File, error.Line, error.Column));
        Assert.Matches("^PDE\\d{4}$", error.Code);
        Assert.Contains("pii", error.Message);
        Assert.Contains(error.ToString(), e.Message);
        Assert.StartsWith($"mine.pde({line},{error.Column}): error {error.Code}: ", error.ToString());
        // The parser alone finds the same error, in milliseconds, without compiling C#.
        Assert.Equal(e.Errors, ProblemCompiler.Check(text, "mine.pde").Where(d => d.IsError));
        Assert.Empty(ProblemCompiler.Check(Texts.Poisson1D));
    }

    [Fact]
    public void An_unchanged_text_loads_from_the_cache_and_a_changed_one_or_another_namespace_compiles_anew()
    {
        var first = ProblemCompiler.Compile(Texts.Poisson1D, Options);
        var second = ProblemCompiler.Compile(Texts.Poisson1D, Options);
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.ProblemTypes.Single(), second.ProblemTypes.Single());
        // The generated files come with the problems, compiled afresh or from the cache alike.
        Assert.Equal(ProblemCompiler.Generate(Texts.Poisson1D).Sources, first.Sources);
        Assert.Equal(first.Sources, second.Sources);
        Assert.False(ProblemCompiler.Compile(Texts.Poisson1D.Replace("u = 0", "u = 0.0"), Options).FromCache);
        var named = ProblemCompiler.Compile(Texts.Poisson1D, Options with { RootNamespace = "Mine" });
        Assert.False(named.FromCache);
        Assert.Equal("Mine.Poisson1D", named.ProblemTypes.Single().FullName);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(folder, "cache", "assemblies"), "*.dll").Length);

        var uncached = ProblemCompiler.Compile(Texts.Poisson1D, Options with { UseCache = false, CacheFolder = Path.Combine(folder, "none") });
        Assert.False(uncached.FromCache);
        Assert.False(Directory.Exists(Path.Combine(folder, "none")));
    }

    [Fact]
    public void A_text_with_several_problems_makes_the_one_named_and_lists_them_otherwise()
    {
        var compiled = ProblemCompiler.Compile(Texts.Two, Options);
        Assert.Equal(new[] { "First", "Second" }, compiled.Names);
        Assert.Equal("Second", compiled.Create("Second").Name);
        Assert.Equal("First", compiled.Create("Pair.First").Name);
        Assert.Contains("several problems (First, Second)", Assert.Throws<ArgumentException>(() => compiled.Create()).Message);
        Assert.Contains("has no problem 'Third'; it defines First, Second", Assert.Throws<ArgumentException>(() => compiled.Create("Third")).Message);
    }

    [Fact]
    public void The_generated_code_is_the_generators_text_and_changes_when_the_problem_does()
    {
        var generated = ProblemCompiler.Generate(Texts.Two);
        Assert.False(generated.HasErrors);
        Assert.Collection(generated.Sources.Select(s => s.HintName).Order(),
            name => Assert.Matches(@"^Pair\.First\..*\.g\.cs$", name), name => Assert.Matches(@"^Pair\.Second\..*\.g\.cs$", name));
        Assert.All(generated.Sources, s => Assert.StartsWith("// <auto-generated/>", s.Text));
        Assert.Equal(string.Join("\n", generated.Sources.Select(s => s.Text)), generated.Text);
        // The snapshot text is the same wherever the file lies (the hint names hash its full path; the text does not).
        Assert.Equal(generated.Text, ProblemCompiler.Generate(Texts.Two, new ProblemCompileOptions { Path = Path.Combine(folder, "problem.pde") }).Text);
        Assert.Equal(generated.Text, ProblemCompiler.Generate(Texts.Two).Text);
        Assert.NotEqual(generated.Text, ProblemCompiler.Generate(Texts.Two.Replace("u_xx = 2", "u_xx = 3")).Text);

        var broken = ProblemCompiler.Generate(Texts.Two.Replace("u_xx = 2", "u_xx = 2 +"));
        Assert.True(broken.HasErrors);
        Assert.DoesNotContain(broken.Sources, s => s.HintName.StartsWith("Pair.Second.", StringComparison.Ordinal));
        Assert.Throws<PdeCompilationException>(() => broken.Text);
    }

    [Fact]
    public void A_file_compiles_with_its_path_in_the_diagnostics()
    {
        var path = Path.Combine(folder, "heat.pde");
        File.WriteAllText(path, Texts.Poisson1D.Replace("exact", "exactt"));
        var e = Assert.Throws<PdeCompilationException>(() => ProblemCompiler.CompileFile(path, Options));
        Assert.All(e.Errors, d => Assert.Equal(path, d.File));
        Assert.Equal(e.Errors.Select(d => d.ToString()), ProblemCompiler.GenerateFile(path).Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.Throws<FileNotFoundException>(() => ProblemCompiler.CompileFile(Path.Combine(folder, "missing.pde")));
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
