namespace PdeDsl.Language;

/// <summary>
/// The stable diagnostic codes of the language (docs/diagnostics.md lists them with examples).
/// A code never changes meaning once released; new errors get new codes.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Syntax error: a token is not what the grammar allows there.</summary>
    public const string Syntax = "PDE0001";
    /// <summary>A malformed number such as <c>1e</c> or <c>1.</c>.</summary>
    public const string MalformedNumber = "PDE0002";
    /// <summary>A <c>|</c> that opens a norm is never closed.</summary>
    public const string UnclosedNorm = "PDE0003";
    /// <summary>A <c>(</c> or <c>[</c> is never closed.</summary>
    public const string UnclosedBracket = "PDE0004";
    /// <summary>Two terms side by side with no operator (<c>2x</c>, <c>sin x</c>).</summary>
    public const string MissingOperator = "PDE0005";
    /// <summary>A <c>/*</c> comment is never closed.</summary>
    public const string UnclosedComment = "PDE0006";
    /// <summary>An expression nests brackets too deeply to be a formula.</summary>
    public const string TooDeep = "PDE0007";
    /// <summary>The file holds no problem.</summary>
    public const string EmptyFile = "PDE0008";
    /// <summary>Text where a statement keyword is expected, or an unknown attribute keyword.</summary>
    public const string ExpectedStatement = "PDE0009";
    /// <summary>A name that is not declared.</summary>
    public const string UnknownName = "PDE0010";
    /// <summary>A call of something that is not a function.</summary>
    public const string UnknownFunction = "PDE0011";
    /// <summary>A function or let called with the wrong number of arguments.</summary>
    public const string ArgumentCount = "PDE0012";
    /// <summary>A derivative operator applied to something other than u (<c>lap(u^2)</c>).</summary>
    public const string DerivativeOfNonU = "PDE0013";
    /// <summary>A derivative name such as <c>u_q</c> that names no scalar coordinate, or of order above 2.</summary>
    public const string BadDerivative = "PDE0014";
    /// <summary>A vector where a scalar is needed (or a scalar where a vector is needed).</summary>
    public const string KindMismatch = "PDE0015";
    /// <summary>Two vectors whose lengths differ.</summary>
    public const string LengthMismatch = "PDE0016";
    /// <summary>An index outside 1..length.</summary>
    public const string IndexOutOfRange = "PDE0017";
    /// <summary>An index that is not a whole number over dims and params, or indexing a scalar.</summary>
    public const string BadIndex = "PDE0018";
    /// <summary>A name declared twice.</summary>
    public const string DuplicateDeclaration = "PDE0019";
    /// <summary>A condition on a face of an undeclared or vector coordinate.</summary>
    public const string BadFace = "PDE0020";
    /// <summary>A problem with no pde statement.</summary>
    public const string NoPde = "PDE0021";
    /// <summary>Two problems with one name.</summary>
    public const string DuplicateProblem = "PDE0022";
    /// <summary>A let that refers to itself, directly or through other lets.</summary>
    public const string RecursiveLet = "PDE0023";
    /// <summary>A dim that is not a positive whole number, or a param that is not a finite number.</summary>
    public const string BadValue = "PDE0024";
    /// <summary>A problem with no domain.</summary>
    public const string NoDomain = "PDE0025";
    /// <summary>A declaration that takes a reserved name (u, pi, sin, grad, a keyword...).</summary>
    public const string ReservedName = "PDE0026";
    /// <summary>An expression that uses what its place does not allow (u in exact, coordinates in bounds).</summary>
    public const string NotAllowedHere = "PDE0027";
    /// <summary>A second exact statement.</summary>
    public const string DuplicateExact = "PDE0028";
    /// <summary>An attribute with the wrong number of arguments.</summary>
    public const string AttributeArguments = "PDE0029";
    /// <summary>A problem block without its closing brace, or a namespace statement out of place.</summary>
    public const string BadBlock = "PDE0030";
    /// <summary>The time coordinate t declared as a vector.</summary>
    public const string VectorTime = "PDE0031";
    /// <summary>Lets that expand, once inlined, to a formula too large to compile (each use doubling the last).</summary>
    public const string ExpansionTooLarge = "PDE0032";
    /// <summary>A law whose mean or standard deviation uses its own coordinate or one declared after it.</summary>
    public const string LawOrder = "PDE0033";
    /// <summary>A standard deviation that is zero or negative at compile time.</summary>
    public const string BadDeviation = "PDE0034";
    /// <summary>An unknown law, or a law that does not fit the coordinate's set (radial on a box, normal on a ball, uniform on R).</summary>
    public const string BadLaw = "PDE0035";
    /// <summary><c>on boundary</c> where no spatial coordinate is bounded, or where the boundary is not one kind (a ball and an interval).</summary>
    public const string NoBoundary = "PDE0036";
    /// <summary>A ball whose radius is not positive, or whose norm is not of its own coordinate.</summary>
    public const string BadBall = "PDE0037";
    /// <summary>An unbounded coordinate (<c>c in R^n</c>) with no law.</summary>
    public const string MissingLaw = "PDE0038";
    /// <summary><c>normal</c> outside a condition, or in a condition whose place has no outward normal (t = T, a face of R).</summary>
    public const string NoNormal = "PDE0039";
    /// <summary>A sphere condition that matches no declared ball.</summary>
    public const string BadSphere = "PDE0040";
    /// <summary>A <c>sample</c> statement for an undeclared coordinate, or a second law for one coordinate.</summary>
    public const string BadSample = "PDE0041";
    /// <summary>A derivative of a formula the compiler cannot take (u to order 3, min or max, normal).</summary>
    public const string NotDifferentiable = "PDE0042";
    /// <summary>An ansatz that is not u = formula(net) (uses u or derivatives, does not use net, another unknown, a second ansatz).</summary>
    public const string BadAnsatz = "PDE0047";
    /// <summary>A train statement's setting with an unknown key, a bad value, or given twice.</summary>
    public const string BadTrainSetting = "PDE0050";
    /// <summary>A learned param (<c>param p = v learn</c>) where a fixed number is needed: a bound, a face, a law, an index.</summary>
    public const string LearnedParamNotAllowed = "PDE0060";
    /// <summary>An <c>observe</c> statement that names something other than an unknown, names one twice, or repeats a file.</summary>
    public const string BadObserve = "PDE0061";
    /// <summary>
    /// An <c>unknown</c> statement that does not start with u, repeats a name, names one with '_', or comes twice; an exact
    /// solution for an undeclared unknown; a derivative of a formula of several unknowns (lap(u*v)).
    /// </summary>
    public const string BadUnknown = "PDE0062";
    /// <summary>A <c>periodic</c> statement naming something that is not a scalar interval coordinate, or one coordinate twice.</summary>
    public const string BadPeriodic = "PDE0090";
    /// <summary>An internal error of the compiler (a bug: please report it with the input).</summary>
    public const string Internal = "PDE9999";
    /// <summary>A region that is empty as written: a box side [a, b] with a ≥ b, a radius ≤ 0, A minus B where B covers A's bounding box, A intersect B with disjoint bounding boxes.</summary>
    public const string EmptyRegion = "PDE0070";
    /// <summary>A polygon with fewer than three vertices, two equal neighbouring vertices, edges that cross, or no area.</summary>
    public const string BadPolygon = "PDE0071";
    /// <summary>A shape whose dimension does not match the region's coordinates (a 3-D box for (x, y), a disk in 3-D).</summary>
    public const string ShapeDimension = "PDE0072";
    /// <summary><c>on boundary of NAME</c> with a name that is no shape of the region, or two shapes; two shapes given one name with <c>as</c>.</summary>
    public const string BadBoundaryPiece = "PDE0073";
    /// <summary>An unknown shape, a shape's arguments of the wrong form, t or a vector in a region's coordinates, a second region, a face or law on a region's coordinate.</summary>
    public const string BadRegion = "PDE0074";

    // Hessians: hess(e), diag(M), tr(M), M*v.

    /// <summary>A matrix (<c>hess(e)</c>) where a scalar or a vector is needed, or diag/tr of something that is not a matrix.</summary>
    public const string MatrixMisuse = "PDE0080";
    /// <summary>hess of a vector outside diag, or of a vector not as long as the spatial coordinates.</summary>
    public const string BadHessian = "PDE0081";
    /// <summary>A length mismatch with a Hessian: <c>M*v</c> with v not as long as M's side, <c>a*diag(M)</c> with a of another length.</summary>
    public const string HessianLengthMismatch = "PDE0082";
    /// <summary>A Hessian of an unknown used other than linearly inside <c>sum</c> or <c>dot</c> (the estimators serve contractions only).</summary>
    public const string HessianNotContracted = "PDE0083";
    /// <summary>The weights of a Hessian diagonal, or the direction of a quadratic form, of an unknown depend on an unknown.</summary>
    public const string HessianWeightOfUnknown = "PDE0084";
}
