using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PdeDsl.Generator.Tests.Infrastructure;

/// <summary>Checks on the generator's tracked steps: how each output was produced, and what it holds.</summary>
public static class StepAssertions
{
    /// <summary>The reasons of every output of the tracked step <paramref name="name"/> in <paramref name="result"/>.</summary>
    public static List<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string name) =>
        result.Results.Single().TrackedSteps.TryGetValue(name, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : new List<IncrementalStepRunReason>();

    /// <summary>The output values of the tracked step <paramref name="name"/>.</summary>
    public static List<object> Values(GeneratorDriverRunResult result, string name) =>
        result.Results.Single().TrackedSteps.TryGetValue(name, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Value).ToList()
            : new List<object>();

    /// <summary>
    /// Fails if any tracked output holds (at any depth) a Compilation, ISymbol, SyntaxNode, SemanticModel or
    /// Location: such values keep whole compilations alive and compare by reference, which defeats the cache.
    /// Only our own steps are walked (Roslyn's internal ForAttributeWithMetadataName steps hold trees by design).
    /// </summary>
    public static void HoldsNoCompilerObjects(GeneratorDriverRunResult result)
    {
        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        foreach (var (name, steps) in result.Results.Single().TrackedSteps.Where(s => ours.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
        Assert.True(ours.Count(result.Results.Single().TrackedSteps.ContainsKey) >= 5, "The pipeline's own steps are not tracked.");
    }

    private static readonly Type[] Banned = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree) };

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null) return;
        var type = value.GetType();
        Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), $"Step output {path} holds a {type.Name}.");
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", seen);
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsPointer) continue;
            Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
