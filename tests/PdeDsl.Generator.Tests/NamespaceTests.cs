using System.Linq;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Tests.Infrastructure;

namespace PdeDsl.Generator.Tests;

/// <summary>Where a problem from a file lands: its namespace statement, else the project's RootNamespace, else the global namespace.</summary>
public class NamespaceTests
{
    private static INamedTypeSymbol Problem(GeneratorRun run, string name)
    {
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        return run.Output.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
    }

    [Fact]
    public void The_file_namespace_wins_over_the_root_namespace()
    {
        var run = GeneratorHarness.Run("Root", new[] { ("/p/hjb.pde", SampleProblems.Hjb) });
        Assert.Equal("Samples.Hjb", Problem(run, "Hjb").ContainingNamespace.ToDisplayString());
    }

    [Fact]
    public void Without_a_namespace_statement_the_root_namespace_is_used()
    {
        var run = GeneratorHarness.Run("My.Root", new[] { ("/p/poisson.pde", SampleProblems.Poisson2D) });
        Assert.Equal("My.Root", Problem(run, "Poisson2D").ContainingNamespace.ToDisplayString());
    }

    [Fact]
    public void Without_either_the_problem_is_in_the_global_namespace()
    {
        var run = GeneratorHarness.Run(rootNamespace: null, pdeFiles: new[] { ("/p/poisson.pde", SampleProblems.Poisson2D) });
        Assert.True(Problem(run, "Poisson2D").ContainingNamespace.IsGlobalNamespace);
    }
}
