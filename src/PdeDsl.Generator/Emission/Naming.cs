using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// C# names for one problem's members. Dims and params become PascalCase properties; when that would
/// clash with a member of the problem interface, the class itself or another dim or param, a suffix
/// (<c>Dim</c>/<c>Param</c>) keeps them apart. Private helpers start with lower-case <c>pde</c>, so
/// they never meet a PascalCase property.
/// </summary>
internal sealed class Naming
{
    private static readonly HashSet<string> Reserved = new()
    {
        "Name", "Coordinates", "InputDimension", "Dims", "Params", "SetDim", "SetParam", "Terms",
        "Sample", "Residual", "HasExactSolution", "ExactSolution", "Solution", "ParamSeed", "VectorParams", "SetVectorParam", "GetType", "ToString", "Equals", "GetHashCode",
    };

    private readonly Dictionary<string, string> dims = new();
    private readonly Dictionary<string, string> parameters = new();

    public Naming(EmitProblem problem)
    {
        var taken = new HashSet<string>(Reserved) { problem.Name };
        foreach (var dim in problem.Dims) dims[dim.Name] = Unique(Pascal(dim.Name), "Dim", taken);
        foreach (var param in problem.Params) parameters[param.Name] = Unique(Pascal(param.Name), "Param", taken);
    }

    /// <summary>The property of a dim.</summary>
    public string Dim(string name) => dims.TryGetValue(name, out var p) ? p : Pascal(name);

    /// <summary>The property of a param.</summary>
    public string Param(string name) => parameters.TryGetValue(name, out var p) ? p : Pascal(name);

    /// <summary>A user's name as a C# identifier: keywords get an <c>@</c> (a problem may be called <c>event</c>).</summary>
    public static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    /// <summary>A dotted namespace with each part escaped like <see cref="Identifier"/>.</summary>
    public static string Namespace(string name) => string.Join(".", name.Split('.').Select(Identifier));

    /// <summary>The backing field of a dim or param.</summary>
    public static string Field(string name) => "pdeValue_" + name;

    /// <summary>The field holding a vector param (its rows: this name + "Rows").</summary>
    public static string VectorParam(string name) => "pdeVector_" + name;

    /// <summary>The first input column of a coordinate.</summary>
    public static string Offset(string coordinate) => "pdeOffset_" + coordinate;

    /// <summary>The number of input columns of a coordinate.</summary>
    public static string Length(string coordinate) => "pdeLength_" + coordinate;

    /// <summary>The residual method of term <paramref name="index"/>.</summary>
    public static string Residual(int index) => "pdeResidual" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The method that computes the weights of Hessian diagonal <paramref name="k"/> of term <paramref name="term"/> from the points.</summary>
    public static string HessianWeights(int term, int k) => $"pdeWeights{term.ToString(CultureInfo.InvariantCulture)}_{k.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The method that computes the direction of quadratic form <paramref name="k"/> of term <paramref name="term"/> from the points.</summary>
    public static string QuadraticDirection(int term, int k) => $"pdeDirection{term.ToString(CultureInfo.InvariantCulture)}_{k.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The private method that computes directional derivative k's direction w of term <paramref name="term"/> from the points.</summary>
    public static string DerivativeDirection(int term, int k) => $"pdeAlong{term.ToString(CultureInfo.InvariantCulture)}_{k.ToString(CultureInfo.InvariantCulture)}";

    private static string Pascal(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    private static string Unique(string candidate, string suffix, HashSet<string> taken)
    {
        var name = candidate;
        for (int i = 2; !taken.Add(name); i++)
            name = candidate + suffix + (name == candidate ? "" : i.ToString(CultureInfo.InvariantCulture));
        return name;
    }
}
