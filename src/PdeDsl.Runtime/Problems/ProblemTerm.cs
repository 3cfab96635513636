namespace PdeDsl;

/// <summary>Whether a loss term is the pde in the interior or a condition.</summary>
public enum TermKind
{
    /// <summary>The pde, in the interior.</summary>
    Pde,
    /// <summary>A boundary, face, initial or terminal condition.</summary>
    Condition,
}

/// <summary>One term of the loss: its kind, the source text and line it came from, and what it needs of u.</summary>
public sealed record ProblemTerm(string Name, TermKind Kind, string Source, int Line, DerivativeRequest Request);
