namespace PdeDsl.Generator.Emission;

/// <summary>
/// A written subexpression: a C# <c>double</c> expression (same at every point) or a tensor local
/// ([N] for a scalar, [N, L] for a vector).
/// </summary>
internal sealed record Operand(string Code, bool IsTensor, bool IsVector)
{
    public static Operand Constant(string code) => new(code, false, false);

    public static Operand Tensor(string code, bool isVector) => new(code, true, isVector);
}
