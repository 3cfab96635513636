using System;
using System.Collections.Generic;

namespace PdeDsl.Language.Binding;

/// <summary>
/// The lets inlined so far in one problem, handed explicitly to each <see cref="ExpressionBinder"/> of its stages: a let used
/// twice with the same arguments is bound once (nested lets cost time linear in the text, not exponential) and its errors
/// are reported once per problem.
/// </summary>
internal sealed class LetExpansions
{
    /// <summary>The lets being inlined now, innermost last in effect: lets calling lets must not run away.</summary>
    public HashSet<string> Expanding { get; } = new(StringComparer.Ordinal);

    /// <summary>Inlined lets by let and arguments (compared by reference).</summary>
    public Dictionary<LetUse, BoundExpr> Inlined { get; } = new();

    /// <summary>Sizes and depths of bound formulas, memoised by reference (shared let bodies are measured once).</summary>
    public TreeSizes Sizes { get; } = new();

    /// <summary>Forgets the inlined lets: those bound in a condition may read its normal, which means something only there.</summary>
    public void Clear() => Inlined.Clear();
}
