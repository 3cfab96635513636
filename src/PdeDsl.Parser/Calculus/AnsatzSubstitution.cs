using System.Linq;

using PdeDsl.Language.Binding;

namespace PdeDsl.Language.Calculus;

/// <summary>
/// <c>ansatz u = A + B*net</c> (or any formula of net, such as <c>exp(net)</c>, differentiated by the chain rule): every u in the equations becomes the ansatz, and every derivative of u the derivative of the
/// ansatz (a <see cref="BoundDifferential"/> the stage then takes symbolically), so what is left reads only derivatives of
/// the network, which the rest of the pipeline (requests, Stein estimates, emission) already calls u.
/// </summary>
internal static class AnsatzSubstitution
{
    public static ProblemModel Apply(ProblemModel model)
    {
        if (model.Ansatz is not { } ansatz) return model;
        EquationModel Equation(EquationModel e) => e with { Left = Substitute(e.Left, ansatz), Right = Substitute(e.Right, ansatz) };
        return model with
        {
            Pdes = model.Pdes.Select(Equation).ToEquatableArray(),
            Conditions = model.Conditions.Select(Equation).ToEquatableArray(),
        };
    }

    private static BoundExpr Substitute(BoundExpr e, AnsatzModel ansatz)
    {
        PdeCompiler.EnsureStack();
        var a = ansatz.Value;
        return e switch
        {
            BoundDerivative { Kind: DerivativeKind.Value } => a,
            BoundDerivative { Kind: DerivativeKind.Gradient } d => new BoundDifferential(DifferentialOperator.Gradient, a, EquatableArray<string>.Empty, d.Type, ansatz.Span),
            BoundDerivative { Kind: DerivativeKind.Laplacian } => new BoundDifferential(DifferentialOperator.Laplacian, a, EquatableArray<string>.Empty, ExprType.Scalar, ansatz.Span),
            BoundDerivative d => new BoundDifferential(DifferentialOperator.Partial, a, d.Coordinates, ExprType.Scalar, ansatz.Span),
            _ => BoundExprWalker.Map(e, x => Substitute(x, ansatz)),
        };
    }
}
