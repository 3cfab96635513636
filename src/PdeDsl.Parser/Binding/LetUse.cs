using System;
using System.Runtime.CompilerServices;

namespace PdeDsl.Language.Binding;

/// <summary>A let applied to bound arguments, equal when the arguments are the very same objects.</summary>
internal readonly struct LetUse : IEquatable<LetUse>
{
    private readonly string name;
    private readonly BoundExpr[] arguments;

    public LetUse(string name, BoundExpr[] arguments)
    {
        this.name = name;
        this.arguments = arguments;
    }

    public bool Equals(LetUse other)
    {
        if (name != other.name || arguments.Length != other.arguments.Length) return false;
        for (int k = 0; k < arguments.Length; k++)
            if (!ReferenceEquals(arguments[k], other.arguments[k])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is LetUse other && Equals(other);

    public override int GetHashCode()
    {
        int hash = name.GetHashCode();
        foreach (var a in arguments) hash = unchecked(hash * 31 + RuntimeHelpers.GetHashCode(a));
        return hash;
    }
}
