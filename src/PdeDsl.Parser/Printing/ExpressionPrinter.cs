using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PdeDsl.Language;

/// <summary>
/// Prints a bound expression as canonical text that binds back to an equal expression: parentheses
/// exactly where precedence needs them (and around the start of a sum too long for the binder to leave
/// unbalanced), numbers in round-trip form, derivatives as u_x, grad(u), lap(u).
/// </summary>
public static class ExpressionPrinter
{
    private const int Sum = 1, Product = 2, Unary = 3, Power = 4, Atom = 5;

    /// <summary>The canonical text of <paramref name="expression"/>, as it would appear in a .pde file.</summary>
    public static string Print(BoundExpr expression)
    {
        var text = new StringBuilder();
        Write(text, expression, 0);
        return text.ToString();
    }

    /// <summary>A number in the shortest form that parses back to the same double.</summary>
    public static string Number(double value)
    {
        // "R" is exact on .NET Core 3.0 and later; .NET Framework's "R" can miss by one bit, so check and fall back to G17.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return double.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value)
            ? shortest
            : value.ToString("G17", CultureInfo.InvariantCulture);
    }

    private static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract => Sum,
        BinaryOperator.Multiply or BinaryOperator.Divide => Product,
        _ => Power,
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => " + ",
        BinaryOperator.Subtract => " - ",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "^",
    };

    private static int PrecedenceOf(BoundExpr e) => e switch
    {
        BoundBinary b => Precedence(b.Operator),
        BoundHessianProduct => Product,
        BoundNegate => Unary,
        BoundNumber n => n.Value < 0 || (n.Value == 0 && 1 / n.Value < 0) ? Unary : Atom,
        _ => Atom,
    };

    // Items separated by ", " (call arguments, the parts of a vector).
    private static void WriteList(StringBuilder text, IReadOnlyList<BoundExpr> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            if (k > 0) text.Append(", ");
            Write(text, items[k], 0);
        }
    }

    private static void Write(StringBuilder text, BoundExpr e, int minimum)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        bool parens = PrecedenceOf(e) < minimum;
        if (parens) text.Append('(');
        switch (e)
        {
            case BoundNumber n: text.Append(Number(n.Value)); break;
            case BoundParam p: text.Append(p.Name); break;
            case BoundDim d: text.Append(d.Name); break;
            case BoundCoordinate c: text.Append(c.Name); break;
            case BoundIndex i:
                Write(text, i.Vector, Atom);
                text.Append('[');
                Write(text, i.Index, 0);
                text.Append(']');
                break;
            case BoundNegate n:
                text.Append('-');
                Write(text, n.Operand, n.Operand is BoundNegate || PrecedenceOf(n.Operand) == Unary ? Atom : Unary);
                break;
            case BoundBinary { Operator: BinaryOperator.Power } b:
                Write(text, b.Left, Atom);
                text.Append('^');
                Write(text, b.Right, Unary);
                break;
            case BoundBinary b:
                // Walk the left spine of one precedence level iteratively: long sums must not recurse deeply.
                int level = Precedence(b.Operator);
                var spine = new Stack<BoundBinary>();
                BoundExpr node = b;
                while (node is BoundBinary bb && bb.Operator != BinaryOperator.Power && Precedence(bb.Operator) == level)
                {
                    spine.Push(bb);
                    node = bb.Left;
                }
                // The binder balances a chain of more than BalanceAbove sum operators, so a longer left spine
                // (from parentheses or an inlined let on the left) must be written as nested parenthesised
                // chains of at most BalanceAbove operators each: they bind back to this same left spine.
                int chunk = level == Sum ? Binding.ExpressionBinder.BalanceAbove : int.MaxValue;
                int operators = spine.Count;
                text.Append('(', (operators - 1) / chunk);
                Write(text, node, level);
                for (int k = 1; k <= operators; k++)
                {
                    var bb = spine.Pop();
                    text.Append(Symbol(bb.Operator));
                    Write(text, bb.Right, level + 1);
                    if (k < operators && (operators - k) % chunk == 0) text.Append(')');
                }
                break;
            case BoundCall c:
                text.Append(c.Function).Append('(');
                WriteList(text, c.Arguments);
                text.Append(')');
                break;
            case BoundNorm n:
                text.Append('|');
                Write(text, n.Operand, 0);
                text.Append('|');
                break;
            case BoundDerivative { Kind: DerivativeKind.HessianDiagonal or DerivativeKind.QuadraticForm } h: WriteHessian(text, h); break;
            case BoundDerivative { Kind: DerivativeKind.DirectionalDerivative } a:
                // dot(w, grad(u)): binds back to the same directional derivative.
                text.Append("dot(");
                Write(text, a.Weight!, 0);
                text.Append(", grad(").Append(a.Unknown).Append("))");
                break;
            case BoundDerivative d: text.Append(Derivative(d)); break;
            case BoundHessian h:
                text.Append("hess(");
                Write(text, h.Operand, 0);
                text.Append(')');
                break;
            case BoundHessianProduct h:
                text.Append("hess(");
                Write(text, h.Operand, 0);
                text.Append(")*");
                Write(text, h.Direction, Product + 1);
                break;
            case BoundOutwardNormal: text.Append("normal"); break;
            case BoundDifferential d:
                text.Append(d.Operator switch
                {
                    DifferentialOperator.Gradient => "grad",
                    DifferentialOperator.Laplacian => "lap",
                    DifferentialOperator.Divergence => "div",
                    DifferentialOperator.HessianDiagonal => "diag(hess",
                    _ => "diff",
                }).Append('(');
                Write(text, d.Operand, 0);
                foreach (var c in d.Coordinates) text.Append(", ").Append(c);
                text.Append(d.Operator == DifferentialOperator.HessianDiagonal ? "))" : ")");
                break;
            case BoundSlice s:
                Write(text, s.Vector, Atom);
                text.Append('[');
                Write(text, s.From, 0);
                text.Append("..");
                Write(text, s.To, 0);
                text.Append(']');
                break;
            // The calculus stage's vectors have no syntax of their own: printed for reading, not to bind back.
            case BoundConcat c:
                text.Append('[');
                WriteList(text, c.Parts);
                text.Append(']');
                break;
            case BoundUnit u:
                text.Append("unit(");
                Write(text, u.Index, 0);
                text.Append(", ").Append(u.Coordinate).Append(')');
                break;
            case BoundPad p:
                text.Append("pad(");
                Write(text, p.Vector, 0);
                text.Append(", ");
                Write(text, p.Before, 0);
                text.Append(", ").Append(p.Coordinate).Append(')');
                break;
            default: text.Append("?").Append(e.GetType().Name); break;
        }
        if (parens) text.Append(')');
    }

    // The calculus stage's Hessian estimates, in the forms that bind back to them: sum(w*diag(hess(u))) and
    // dot(v, hess(u)*v); its intermediate vectors diag(hess(u)) and hess(u)*v are printed for reading.
    private static void WriteHessian(StringBuilder text, BoundDerivative d)
    {
        var u = $"hess({d.Unknown})";
        if (d.Kind == DerivativeKind.HessianDiagonal)
        {
            if (d.Type.IsVector) { text.Append("diag(").Append(u).Append(')'); return; }
            text.Append("sum(");
            Write(text, d.Weight!, Product);
            text.Append("*diag(").Append(u).Append("))");
            return;
        }
        if (d.Type.IsVector)
        {
            text.Append('(').Append(u).Append('*');
            Write(text, d.Weight!, Product + 1);
            text.Append(')');
            return;
        }
        text.Append("dot(");
        Write(text, d.Weight!, 0);
        text.Append(", ").Append(u).Append('*');
        Write(text, d.Weight!, Product + 1);
        text.Append(')');
    }

    private static string Derivative(BoundDerivative d) => d.Kind switch
    {
        DerivativeKind.Value => d.Unknown,
        DerivativeKind.Gradient => $"grad({d.Unknown})",
        DerivativeKind.Laplacian => $"lap({d.Unknown})",
        // Multi-letter names need underscores to be read back unambiguously: u_xy, but u_x1_x2.
        _ => d.Unknown + "_" + string.Join(d.Coordinates.Any(c => c.Length > 1) ? "_" : "", d.Coordinates),
    };
}
