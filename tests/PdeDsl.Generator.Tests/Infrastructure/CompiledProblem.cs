using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PdeDsl.Generator.Emission;
using PdeDsl.Generator.Model;
using PdeDsl.Language;
using PdeDsl.Language.Grouping;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>Emits a problem, compiles it against the runtime (no errors, no warnings allowed) and loads it.</summary>
public static class CompiledProblem
{
    public static string Source(GroupedProblem model) =>
        ProblemEmitter.Emit(new EmitRequest(EmitLowering.Lower(model), model.Name + ".g.cs", "test.pde", false, EquatableArray<int>.Empty));

    public static IPdeProblem Load(GroupedProblem model)
    {
        var source = Source(model);
        var compilation = GeneratorHarness.Compilation(("Generated.cs", source))
            .WithAssemblyName("Generated" + Guid.NewGuid().ToString("N"));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + source);
        var assembly = Assembly.Load(stream.ToArray());
        var type = assembly.GetTypes().Single(t => typeof(IPdeProblem).IsAssignableFrom(t));
        return (IPdeProblem)Activator.CreateInstance(type)!;
    }
}
