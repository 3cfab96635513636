using static PdeDsl.Language.Calculus.Algebra;

namespace PdeDsl.Language.Calculus;

/// <summary>First and second derivatives of the element-wise functions, as formulas of their argument.</summary>
internal static class ElementwiseRules
{
    /// <summary>Whether <paramref name="function"/> is element-wise and differentiable (min and max are not handled).</summary>
    public static bool Handles(string function) => function is "sin" or "cos" or "tan" or "exp" or "ln" or "log" or "sqrt" or "tanh" or "sinh" or "cosh" or "abs";

    public static BoundExpr First(string function, BoundExpr a) => function switch
    {
        "sin" => Call("cos", a),
        "cos" => Neg(Call("sin", a)),
        "tan" => Pow(Call("cos", a), -2),
        "exp" => Call("exp", a),
        "ln" or "log" => Pow(a, -1),
        "sqrt" => Mul(Number(0.5), Pow(Call("sqrt", a), -1)),
        "tanh" => Sub(One, Pow(Call("tanh", a), 2)),
        "sinh" => Call("cosh", a),
        "cosh" => Call("sinh", a),
        _ => Div(a, Call("abs", a)), // abs: the sign, away from 0
    };

    public static BoundExpr Second(string function, BoundExpr a) => function switch
    {
        "sin" => Neg(Call("sin", a)),
        "cos" => Neg(Call("cos", a)),
        "tan" => Mul(Mul(Number(2), Call("tan", a)), Pow(Call("cos", a), -2)),
        "exp" => Call("exp", a),
        "ln" or "log" => Neg(Pow(a, -2)),
        "sqrt" => Mul(Number(-0.25), Pow(Call("sqrt", a), -3)),
        "tanh" => Mul(Mul(Number(-2), Call("tanh", a)), Sub(One, Pow(Call("tanh", a), 2))),
        "sinh" => Call("sinh", a),
        "cosh" => Call("cosh", a),
        _ => Zero,
    };

    /// <summary>d/da a^p for a constant p.</summary>
    public static BoundExpr PowerFirst(BoundExpr a, BoundExpr p) => Mul(p, Pow(a, Sub(p, One)));

    /// <summary>d²/da² a^p for a constant p.</summary>
    public static BoundExpr PowerSecond(BoundExpr a, BoundExpr p) => Mul(Mul(p, Sub(p, One)), Pow(a, Sub(p, Number(2))));
}
