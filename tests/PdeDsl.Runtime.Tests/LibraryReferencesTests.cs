using System.Linq;
using PdeDsl;
using Xunit;

namespace PdeDsl.Runtime.Tests;

/// <summary>The runtime is a library: the command line, the console, plots and MPI live in their own assemblies.</summary>
public sealed class LibraryReferencesTests
{
    [Fact]
    public void The_runtime_references_no_command_line_console_plotting_or_MPI_assembly()
    {
        var referenced = typeof(Trainer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("TorchSharp", referenced);
        foreach (var name in new[] { "System.CommandLine", "Spectre.Console", "ScottPlot", "MPI", "PdeDsl.App", "PdeDsl.Mpi" })
            Assert.DoesNotContain(name, referenced);
    }
}
