using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds the <c>periodic</c> statements (docs/language.md, "Periodic coordinates"): each names a scalar coordinate over
/// an interval, which is then marked <see cref="CoordinateModel.Periodic"/>. The solution repeats over that interval by
/// construction (the network reads the coordinate as the cosine and sine of its angle), so its ends are no boundary.
/// </summary>
internal static class PeriodicBinder
{
    /// <summary><paramref name="coordinates"/> with the periodic ones marked; errors go to <paramref name="diagnostics"/>.</summary>
    public static List<CoordinateModel> Bind(ProblemScope scope, List<CoordinateModel> coordinates, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceSpan>(System.StringComparer.Ordinal);
        foreach (var name in scope.Periodics.SelectMany(p => p.Coordinates))
        {
            int k = coordinates.FindIndex(c => c.Name == name.Text);
            if (k < 0)
            {
                if (scope.Refused.Contains(name.Text) || scope.DomainIncomplete) continue;
                var known = coordinates.Count == 0 ? "none" : string.Join(", ", coordinates.Select(c => c.Name));
                var what = scope.Find(name.Text) is { } d ? $"a {d.Kind}" : "not declared";
                diagnostics.Error(DiagnosticCodes.BadPeriodic, name.Span,
                    $"'{name.Text}' is {what}, not a coordinate: periodic names a coordinate of the domain over an interval ({known})");
                continue;
            }
            var c = coordinates[k];
            if (seen.TryGetValue(name.Text, out var first))
            {
                diagnostics.Error(DiagnosticCodes.BadPeriodic, name.Span,
                    $"{name.Text} is already periodic (line {first.Line}, column {first.Column}); name it once");
                continue;
            }
            seen[name.Text] = name.Span;
            if (c.IsVector || c.Set != CoordinateSet.Interval)
            {
                var set = c.IsVector ? $"a vector coordinate (length {c.Length})"
                    : c.Set switch { CoordinateSet.Ball => "a ball", CoordinateSet.Region => "drawn from a region", _ => "unbounded (R)" };
                diagnostics.Error(DiagnosticCodes.BadPeriodic, name.Span,
                    $"{name.Text} is {set}, but a periodic coordinate is a scalar over an interval, as in domain x in [0, 2*pi] with periodic x");
                continue;
            }
            coordinates[k] = c with { Periodic = true };
        }
        return coordinates;
    }
}
