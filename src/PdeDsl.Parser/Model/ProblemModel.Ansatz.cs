namespace PdeDsl.Language;

public sealed partial record ProblemModel
{
    /// <summary>
    /// <c>ansatz u = A + B*net</c>, or null: the solution as a formula of the coordinates and the network's (smoothed) value,
    /// which <see cref="BoundDerivative"/> of kind <see cref="DerivativeKind.Value"/> stands for in it. After the calculus stage
    /// every derivative of u in the equations is one of the network (the derivatives of A and B taken symbolically).
    /// </summary>
    public AnsatzModel? Ansatz { get; init; }
}

/// <summary>The ansatz: u = <see cref="Value"/>, a scalar formula of the network's value (A + B*net, exp(net), ...).</summary>
public sealed record AnsatzModel(BoundExpr Value, SourceSpan Span);
