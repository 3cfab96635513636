using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PdeDsl.Language;

/// <summary>
/// Identity of nodes, for memo tables keyed by node object: value equality would hash whole subtrees at every level.
/// </summary>
internal sealed class ByReference : IEqualityComparer<BoundExpr>
{
    /// <summary>The one instance.</summary>
    public static readonly ByReference Instance = new();

    private ByReference() { }

    public bool Equals(BoundExpr? x, BoundExpr? y) => ReferenceEquals(x, y);

    public int GetHashCode(BoundExpr obj) => RuntimeHelpers.GetHashCode(obj);
}
