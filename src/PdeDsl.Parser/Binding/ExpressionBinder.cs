using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;
using PdeDsl.Language.Syntax;

namespace PdeDsl.Language.Binding;

/// <summary>
/// Binds formulas against a <see cref="ProblemScope"/>: names, lets (inlined), calls, derivatives, types and constant folding.
/// Its inputs are explicit (the scope, the lets inlined so far, the region of the condition being bound, the bag its
/// errors go to), so any stage, or a test, can bind a formula without the rest of the binder.
/// </summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>The arguments of the let being inlined: a let body sees its own parameters and the problem's names only.</summary>
    private sealed class LetFrame
    {
        public LetFrame(Dictionary<string, BoundExpr> arguments) => Arguments = arguments;

        public Dictionary<string, BoundExpr> Arguments { get; }
    }

    /// <summary>The number of the deepest let expansions: lets calling lets must not run away.</summary>
    private const int MaxLetDepth = 64;

    /// <summary>The most nodes an inlined let may bring into a formula.</summary>
    private const long MaxTreeSize = 100_000;

    /// <summary>The deepest formula the model may hold (record equality on a 1 MB stack handles some thousands).</summary>
    private const int MaxTreeDepth = 512;

    /// <summary>The name the network's value goes by inside an ansatz.</summary>
    public const string Network = "net";

    private readonly ProblemScope scope;
    private readonly DiagnosticBag diagnostics;
    private readonly LetExpansions expansions;

    /// <summary>The region of the condition being bound, or null outside conditions (where <c>normal</c> means nothing).</summary>
    private readonly RegionModel? region;

    // Lookups over the scope, built once: names are resolved at every node.
    private readonly Dictionary<string, DeclaredName> declared;
    private readonly Dictionary<string, DimModel> dims;
    private readonly Dictionary<string, ParamModel> parameters;
    private readonly Dictionary<string, LetSyntax> lets;
    private readonly HashSet<string> recursiveLets;
    private readonly HashSet<string> rejected;
    private readonly Dictionary<string, (bool IsTime, VectorLength? Length)> coordinateTypes;
    private readonly List<string> coordinateOrder;
    private readonly Dictionary<string, CoordinateModel> boundCoordinates;

    /// <param name="scope">The names a formula may use.</param>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="expansions">The lets inlined so far in this problem (shared by its stages' binders).</param>
    /// <param name="region">The region of the condition being bound, for <c>normal</c>; null elsewhere.</param>
    public ExpressionBinder(ProblemScope scope, DiagnosticBag diagnostics, LetExpansions expansions, RegionModel? region = null)
    {
        this.scope = scope;
        this.diagnostics = diagnostics;
        this.expansions = expansions;
        this.region = region;
        declared = scope.Declared.ToDictionary(d => d.Name, StringComparer.Ordinal);
        dims = scope.Dims.ToDictionary(d => d.Name, StringComparer.Ordinal);
        parameters = scope.Params.ToDictionary(p => p.Name, StringComparer.Ordinal);
        lets = scope.Lets.ToDictionary(l => l.Name.Text, StringComparer.Ordinal);
        recursiveLets = new HashSet<string>(scope.RecursiveLets, StringComparer.Ordinal);
        rejected = new HashSet<string>(scope.Refused, StringComparer.Ordinal);
        coordinateTypes = scope.Coordinates.ToDictionary(c => c.Name, c => (c.IsTime, c.Length), StringComparer.Ordinal);
        coordinateOrder = scope.Coordinates.Select(c => c.Name).ToList();
        boundCoordinates = scope.BoundCoordinates.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The names this binder resolves.</summary>
    public ProblemScope Scope => scope;

    /// <summary>A binder of the same scope and lets for the condition that holds on <paramref name="where"/>.</summary>
    public ExpressionBinder In(RegionModel where) => new(scope, diagnostics, expansions, where);

    /// <summary>Binds a formula; a <see cref="BoundError"/> when it has errors (reported).</summary>
    public BoundExpr Bind(ExprSyntax syntax) => Whole(BindExpression(syntax, null), syntax);

    /// <summary>Binds a formula in which <paramref name="arguments"/> stand for given values, as a let's parameters do.</summary>
    public BoundExpr Bind(ExprSyntax syntax, Dictionary<string, BoundExpr> arguments) => Whole(BindExpression(syntax, new LetFrame(arguments)), syntax);

    /// <summary>A whole formula is a scalar or a vector: a matrix (a Hessian) is only ever part of one.</summary>
    private BoundExpr Whole(BoundExpr e, ExprSyntax syntax) => RefuseMatrix(e, syntax.Span, "a formula") ?? e;

    private BoundExpr Error(string code, SourceSpan span, string message)
    {
        diagnostics.Error(code, span, message);
        return new BoundError();
    }

    private BoundExpr BindExpression(ExprSyntax syntax, LetFrame? frame)
    {
        PdeCompiler.EnsureStack();
        switch (syntax)
        {
            case NumberSyntax n: return new BoundNumber(n.Value);
            case ParenSyntax p: return BindExpression(p.Inner, frame);
            case NameSyntax n: return BindName(n, frame);
            case CallSyntax c: return BindCall(c, frame);
            case NormSyntax n:
                var operand = BindExpression(n.Operand, frame);
                if (operand is BoundError) return operand;
                if (RefuseMatrix(operand, n.Operand.Span, "a norm |...|") is { } matrixNorm) return matrixNorm;
                return operand is BoundNumber number ? new BoundNumber(Math.Abs(number.Value)) : new BoundNorm(operand);
            case IndexSyntax i: return BindIndex(i, frame);
            case SliceSyntax sl: return BindSlice(sl, frame);
            case NegateSyntax n:
                var inner = BindExpression(n.Operand, frame);
                if (RefuseMatrix(inner, n.Operand.Span, "a minus sign") is { } matrixNegated) return matrixNegated;
                return inner switch
                {
                    BoundError => inner,
                    BoundNumber k => new BoundNumber(-k.Value),
                    _ => new BoundNegate(inner),
                };
            case BinarySyntax b: return BindBinary(b, frame);
            default: return Error(DiagnosticCodes.Internal, syntax.Span, $"unknown syntax {syntax.GetType().Name}");
        }
    }

    private IEnumerable<string> KnownNames() => declared.Keys.Concat(new[] { "u", "pi", "e" });

    private BoundExpr BindName(NameSyntax n, LetFrame? frame)
    {
        var name = n.Name;
        if (frame is not null && frame.Arguments.TryGetValue(name, out var argument)) return argument;
        if (name == "u") return new BoundDerivative(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar);
        if (name.StartsWith("u_", StringComparison.Ordinal)) return BindDerivativeName(n);
        if (OtherUnknown(name) is { } unknown)
            return name == unknown
                ? new BoundDerivative(DerivativeKind.Value, EquatableArray<string>.Empty, ExprType.Scalar) { Unknown = unknown }
                : BindDerivativeName(n, unknown);
        if (name is "pi" or "π") return new BoundNumber(Math.PI);
        if (name == "e") return new BoundNumber(Math.E);
        if (coordinateTypes.TryGetValue(name, out var c))
            return new BoundCoordinate(name, c.Length is null ? ExprType.Scalar : ExprType.Vector(c.Length));
        if (parameters.TryGetValue(name, out var param)) return new BoundParam(name, param.Length);
        if (dims.ContainsKey(name)) return new BoundDim(name);
        if (lets.TryGetValue(name, out var let))
        {
            if (let.HasParameterList)
                return Error(DiagnosticCodes.ArgumentCount, n.Span,
                    $"let {name} takes {Count(let.Parameters.Count, "argument")}: call it as {name}({string.Join(", ", let.Parameters.Select(p => p.Text))})");
            return Inline(let, n.Span, new Dictionary<string, BoundExpr>());
        }
        if (recursiveLets.Contains(name) || rejected.Contains(name) || declared.ContainsKey(name)) return new BoundError(); // refused: already reported
        if (name == Network)
            return Error(DiagnosticCodes.UnknownName, n.Span, $"'{Network}' is the network, known only inside an ansatz, as in ansatz u = (1 - |x|^2)*{Network}; elsewhere write u");
        if (name == "normal") return BindNormal(n); // not reserved: a problem that declares 'normal' keeps its own
        if (Builtins.Arity.ContainsKey(name))
            return Error(DiagnosticCodes.ArgumentCount, n.Span, $"'{name}' is a function: call it with its argument in parentheses, as in {name}(u)");
        var suggestion = NameSuggester.Closest(name, KnownNames());
        return Error(DiagnosticCodes.UnknownName, n.Span, suggestion is not null
            ? $"unknown name '{name}': did you mean '{suggestion}'?"
            : $"unknown name '{name}': declare it with param, dim or let, or as a coordinate in the domain");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private BoundExpr Inline(LetSyntax let, SourceSpan useSpan, Dictionary<string, BoundExpr> arguments)
    {
        var name = let.Name.Text;
        if (expansions.Expanding.Contains(name) || recursiveLets.Contains(name)) return new BoundError();
        if (expansions.Expanding.Count >= MaxLetDepth)
            return Error(DiagnosticCodes.TooDeep, useSpan, $"lets call each other more than {MaxLetDepth} levels deep here");
        var key = new LetUse(name, let.Parameters.Select(p => arguments[p.Text]).ToArray());
        if (expansions.Inlined.TryGetValue(key, out var known)) return known;
        expansions.Expanding.Add(name);
        try
        {
            var inlined = BindExpression(let.Body, new LetFrame(arguments));
            // Arguments are shared, not copied, so binding stays cheap; but the model is a tree, and lets that
            // use a parameter twice double it at every level. Refuse sizes the generator could not emit.
            if (inlined is not BoundError && expansions.Sizes.Of(inlined) > MaxTreeSize)
                inlined = Error(DiagnosticCodes.ExpansionTooLarge, useSpan,
                    $"let {name} expands here to more than {MaxTreeSize} terms (lets are inlined, and a let that uses its parameter twice doubles the formula at every level); write the formula with fewer nested lets");
            expansions.Inlined[key] = inlined;
            return inlined;
        }
        finally { expansions.Expanding.Remove(name); }
    }

    private BoundExpr BindCall(CallSyntax call, LetFrame? frame)
    {
        var name = call.Function.Text;
        var span = call.Function.Span;
        if (frame is not null && frame.Arguments.ContainsKey(name))
            return Error(DiagnosticCodes.UnknownFunction, span, $"'{name}' is a parameter of the let, not a function");
        if (lets.TryGetValue(name, out var let))
        {
            if (!let.HasParameterList)
                return Error(DiagnosticCodes.ArgumentCount, span, $"let {name} takes no arguments: write {name} without parentheses");
            if (let.Parameters.Count != call.Arguments.Count)
                return Error(DiagnosticCodes.ArgumentCount, span,
                    $"let {name} takes {Count(let.Parameters.Count, "argument")} ({string.Join(", ", let.Parameters.Select(p => p.Text))}) but is given {call.Arguments.Count}");
            var bound = call.Arguments.Select(a => BindExpression(a, frame)).ToList();
            if (bound.Any(b => b is BoundError)) return new BoundError();
            var arguments = new Dictionary<string, BoundExpr>(StringComparer.Ordinal);
            for (int k = 0; k < bound.Count; k++) arguments[let.Parameters[k].Text] = bound[k];
            return Inline(let, call.Span, arguments);
        }
        if (recursiveLets.Contains(name)) return new BoundError();
        if (name == "diff") return BindPartial(call, frame);
        if (!Builtins.Arity.TryGetValue(name, out var arity))
        {
            if (declared.TryGetValue(name, out var d))
                return Error(DiagnosticCodes.UnknownFunction, span,
                    d.Kind == "coordinate" && coordinateTypes.TryGetValue(name, out var ct) && ct.Length is not null
                        ? $"'{name}' is a vector coordinate, not a function: its components are written {name}[1], {name}[2], ..."
                        : $"'{name}' is a {d.Kind}, not a function; multiplication needs '*', as in {name}*(...)");
            if (name == "u" || name.StartsWith("u_", StringComparison.Ordinal))
                return Error(DiagnosticCodes.UnknownFunction, span, $"'{name}' is the unknown at the current point, not a function: write {name} without arguments");
            var functions = Builtins.Arity.Keys.Concat(lets.Keys);
            var suggestion = NameSuggester.Closest(name, functions);
            return Error(DiagnosticCodes.UnknownFunction, span, suggestion is not null
                ? $"unknown function '{name}': did you mean '{suggestion}'?"
                : $"unknown function '{name}': the functions are {string.Join(" ", Builtins.Arity.Keys.Where(f => !Builtins.IsOperator(f)))}, and the lets of the problem");
        }
        if (call.Arguments.Count != arity)
            return Error(DiagnosticCodes.ArgumentCount, span, $"{name} takes {Count(arity, "argument")} but is given {call.Arguments.Count}");
        var args = call.Arguments.Select(a => BindExpression(a, frame)).ToList();
        if (args.Any(a => a is BoundError)) return new BoundError();
        if (name is not ("diag" or "tr"))
            for (int k = 0; k < args.Count; k++)
                if (RefuseMatrix(args[k], call.Arguments[k].Span, name) is { } refusedMatrix) return refusedMatrix;
        return name switch
        {
            "hess" => BindHessian(args[0], call),
            "diag" => BindDiagonal(args[0], call),
            "tr" => BindTrace(args[0], call),
            "grad" or "lap" or "div" => BindDerivativeOperator(name, args[0], call),
            "sum" => args[0].Type.IsVector
                ? new BoundCall(name, args.ToEquatableArray(), ExprType.Scalar)
                : Error(DiagnosticCodes.KindMismatch, call.Arguments[0].Span, "sum adds the components of a vector, but its argument is a scalar"),
            "dot" => BindDot(call, args),
            "min" or "max" => BindMinMax(call, args),
            _ => Builtins.Fold(name, args[0] is BoundNumber k ? k.Value : double.NaN) is double folded && args[0] is BoundNumber
                ? new BoundNumber(folded)
                : new BoundCall(name, args.ToEquatableArray(), args[0].Type),
        };
    }

    private BoundExpr BindDot(CallSyntax call, List<BoundExpr> args)
    {
        for (int k = 0; k < 2; k++)
            if (args[k].Type.IsScalar)
                return Error(DiagnosticCodes.KindMismatch, call.Arguments[k].Span, "dot(a, b) needs two vectors; for scalars write a*b");
        if (!args[0].Type.Length!.SameAs(args[1].Type.Length!))
            return Error(DiagnosticCodes.LengthMismatch, call.Function.Span,
                $"dot(a, b) needs two vectors of one length, but they have lengths {args[0].Type.Length} and {args[1].Type.Length}");
        return new BoundCall("dot", args.ToEquatableArray(), ExprType.Scalar);
    }

    private BoundExpr BindMinMax(CallSyntax call, List<BoundExpr> args)
    {
        var a = args[0].Type;
        var b = args[1].Type;
        if (a.IsVector && b.IsVector && !a.Length!.SameAs(b.Length!))
            return Error(DiagnosticCodes.LengthMismatch, call.Function.Span,
                $"{call.Function.Text} compares two vectors component by component, but they have lengths {a.Length} and {b.Length}");
        if (args[0] is BoundNumber x && args[1] is BoundNumber y)
            return new BoundNumber(call.Function.Text == "min" ? Math.Min(x.Value, y.Value) : Math.Max(x.Value, y.Value));
        return new BoundCall(call.Function.Text, args.ToEquatableArray(), a.IsVector ? a : b);
    }

    /// <summary>
    /// <c>grad</c>, <c>lap</c> and <c>div</c>: of u they are derivatives the runtime estimates; of any other formula
    /// they are left as <see cref="BoundDifferential"/> for the calculus stage, which reduces them to those.
    /// </summary>
    private BoundExpr BindDerivativeOperator(string name, BoundExpr argument, CallSyntax call)
    {
        var argSpan = call.Arguments[0].Span;
        bool isU = argument is BoundDerivative { Kind: DerivativeKind.Value };
        bool isGrad = argument is BoundDerivative { Kind: DerivativeKind.Gradient };
        var unknown = (argument as BoundDerivative)?.Unknown ?? "u";
        if (!isU && !isGrad && RefuseSeveralUnknowns(argument, argSpan, name) is { } refused) return refused;
        var spatial = SpatialLength();
        if (name == "div")
        {
            if (isGrad) return Laplacian(call, unknown);
            if (argument.Type.IsScalar)
                return Error(DiagnosticCodes.DerivativeOfNonU, argSpan,
                    $"div applies to a vector field over the spatial coordinates, such as k*grad u, but {Show(argument)} is a scalar; for a scalar write grad({Show(argument)}) or lap({Show(argument)})");
            if (spatial is null) return NoSpatialCoordinate(call, "div");
            if (!argument.Type.Length!.SameAs(spatial))
                return Error(DiagnosticCodes.LengthMismatch, argSpan,
                    $"div needs a vector as long as the spatial coordinates ({spatial}), but {Show(argument)} has length {argument.Type.Length}");
            return new BoundDifferential(DifferentialOperator.Divergence, argument, EquatableArray<string>.Empty, ExprType.Scalar, call.Span);
        }
        if (argument.Type.IsVector)
            return Error(DiagnosticCodes.DerivativeOfNonU, argSpan, name == "lap" && isGrad
                ? "lap(grad u) is not defined: the Laplacian applies to u itself; write lap(u)"
                : $"{name} applies to a scalar formula, but {Show(argument)} is a {Describe(argument.Type)}; for a vector field write div(...)");
        if (name == "lap" && isU) return Laplacian(call, unknown);
        if (spatial is null) return NoSpatialCoordinate(call, isU ? "grad u" : $"{name}(...)");
        if (isU) return new BoundDerivative(DerivativeKind.Gradient, EquatableArray<string>.Empty, ExprType.Vector(spatial)) { Unknown = unknown };
        return new BoundDifferential(name == "lap" ? DifferentialOperator.Laplacian : DifferentialOperator.Gradient, argument,
            EquatableArray<string>.Empty, name == "lap" ? ExprType.Scalar : ExprType.Vector(spatial), call.Span);
    }

    /// <summary><c>diff(e, c)</c> and <c>diff(e, c1, c2)</c>: partials of a formula by scalar coordinates.</summary>
    private BoundExpr BindPartial(CallSyntax call, LetFrame? frame)
    {
        if (call.Arguments.Count is not (2 or 3))
            return Error(DiagnosticCodes.ArgumentCount, call.Function.Span,
                $"diff takes a formula and one or two coordinates, as in diff(e, x) or diff(e, x, y), but is given {Count(call.Arguments.Count, "argument")}");
        var names = new List<string>();
        for (int k = 1; k < call.Arguments.Count; k++)
        {
            var a = call.Arguments[k];
            var name = a is NameSyntax n ? n.Name : null;
            if (name is not null && frame is not null && frame.Arguments.TryGetValue(name, out var bound) && bound is BoundCoordinate bc) name = bc.Name;
            if (name is null || !coordinateTypes.TryGetValue(name, out var type) || type.Length is not null)
            {
                var scalars = coordinateOrder.Where(c => coordinateTypes[c].Length is null).ToList();
                return Error(DiagnosticCodes.BadDerivative, a.Span,
                    name is not null && coordinateTypes.ContainsKey(name)
                        ? $"'{name}' is a vector coordinate: diff takes partials by scalar coordinates; use grad, lap or div over a vector coordinate"
                        : $"diff(e, c) differentiates by a scalar coordinate, but this is not one; the scalar coordinates are {(scalars.Count == 0 ? "none" : string.Join(", ", scalars))}");
            }
            names.Add(name);
        }
        var operand = BindExpression(call.Arguments[0], frame);
        if (operand is BoundError) return operand;
        if (RefuseMatrix(operand, call.Arguments[0].Span, "diff") is { } matrixOperand) return matrixOperand;
        if (operand.Type.IsVector)
            return Error(DiagnosticCodes.KindMismatch, call.Arguments[0].Span, $"diff differentiates a scalar formula, but {Show(operand)} is a {Describe(operand.Type)}");
        if (RefuseSeveralUnknowns(operand, call.Arguments[0].Span, "diff") is { } refused) return refused;
        return new BoundDifferential(DifferentialOperator.Partial, operand, names.ToEquatableArray(), ExprType.Scalar, call.Span);
    }

    private BoundExpr Laplacian(CallSyntax call, string unknown = "u") => SpatialLength() is null
        ? NoSpatialCoordinate(call, "lap(u)")
        : new BoundDerivative(DerivativeKind.Laplacian, EquatableArray<string>.Empty, ExprType.Scalar) { Unknown = unknown };

    private BoundExpr NoSpatialCoordinate(CallSyntax call, string what) => scope.DomainIncomplete || coordinateOrder.Count == 0
        ? new BoundError() // the domain's own error (or its absence) is already reported
        : Error(DiagnosticCodes.NotAllowedHere, call.Function.Span, $"{what} is over the spatial coordinates, but the domain has only t: declare one, as in x in [0, 1]");

    /// <summary>The length of grad u: every spatial coordinate in declaration order; null when there is none.</summary>
    private VectorLength? SpatialLength()
    {
        int constant = 0;
        var dimNames = new List<string>();
        bool any = false;
        foreach (var name in coordinateOrder)
        {
            var (isTime, length) = coordinateTypes[name];
            if (isTime) continue;
            any = true;
            if (length is null) constant++;
            else
            {
                constant += length.Constant;
                dimNames.AddRange(length.Dims);
            }
        }
        return any ? new VectorLength(constant, dimNames.ToEquatableArray()) : null;
    }

    private static string Show(BoundExpr e) => e is BoundError ? "this" : ExpressionPrinter.Print(e);

    /// <summary>
    /// Sums of more operators than this are bound as balanced trees (see <see cref="BindBinary"/>); the printer
    /// writes no longer chain, so that printed text binds back without balancing.
    /// </summary>
    internal const int BalanceAbove = 32;

    /// <summary>
    /// Binds a chain of one precedence level (<c>a + b - c ...</c> or <c>a * b / c ...</c>) iteratively. A long sum
    /// is bound as a balanced tree rather than a left spine thousands deep, because every consumer of the model
    /// (record equality, the generator's emitters) walks it recursively; sums are associative up to rounding,
    /// and the printer writes the balanced tree with the parentheses that read back to the same tree.
    /// </summary>
    private BoundExpr BindBinary(BinarySyntax b, LetFrame? frame)
    {
        if (b.Operator == BinaryOperator.Power) return BindPower(b, frame);
        bool isSum = IsSum(b.Operator);
        var spine = new List<BinarySyntax>();
        ExprSyntax node = b;
        while (node is BinarySyntax bin && bin.Operator != BinaryOperator.Power && IsSum(bin.Operator) == isSum)
        {
            spine.Add(bin);
            node = bin.Left;
        }
        spine.Reverse();
        var operands = new List<BoundExpr> { BindExpression(node, frame) };
        foreach (var bin in spine) operands.Add(BindExpression(bin.Right, frame));
        if (isSum && spine.Count > BalanceAbove) return Balanced(spine, operands, 0, operands.Count);
        var left = operands[0];
        for (int k = 0; k < spine.Count; k++) left = Combine(spine[k].Operator, spine[k].OperatorSpan, left, operands[k + 1]);
        return left;
    }

    private static bool IsSum(BinaryOperator op) => op is BinaryOperator.Add or BinaryOperator.Subtract;

    /// <summary>
    /// Operands [lo, hi) of a sum, as a balanced tree, signed relative to operand lo: operand k carries the sign of
    /// the operator before it, so the two halves join with + when their first operands have one sign, else with -.
    /// </summary>
    private BoundExpr Balanced(List<BinarySyntax> operators, List<BoundExpr> operands, int lo, int hi)
    {
        if (hi - lo == 1) return operands[lo];
        int mid = (lo + hi) / 2;
        var left = Balanced(operators, operands, lo, mid);
        var right = Balanced(operators, operands, mid, hi);
        bool Negative(int k) => k > 0 && operators[k - 1].Operator == BinaryOperator.Subtract;
        var op = Negative(lo) == Negative(mid) ? BinaryOperator.Add : BinaryOperator.Subtract;
        return Combine(op, operators[mid - 1].OperatorSpan, left, right);
    }

    private BoundExpr BindPower(BinarySyntax b, LetFrame? frame) =>
        Combine(b.Operator, b.OperatorSpan, BindExpression(b.Left, frame), BindExpression(b.Right, frame));

    private BoundExpr Combine(BinaryOperator op, SourceSpan operatorSpan, BoundExpr left, BoundExpr right)
    {
        if (left is BoundError || right is BoundError) return new BoundError();
        if (left.Type.IsMatrix || right.Type.IsMatrix) return CombineMatrix(op, operatorSpan, left, right);
        var lt = left.Type;
        var rt = right.Type;
        ExprType type;
        switch (op)
        {
            case BinaryOperator.Add:
            case BinaryOperator.Subtract:
                var verb = op == BinaryOperator.Add ? "add" : "subtract";
                if (lt.IsScalar != rt.IsScalar)
                    return Error(DiagnosticCodes.KindMismatch, operatorSpan,
                        $"cannot {verb} a {Describe(lt)} and a {Describe(rt)}: '{(op == BinaryOperator.Add ? '+' : '-')}' needs two scalars or two vectors of one length");
                if (lt.IsVector && !lt.Length!.SameAs(rt.Length!))
                    return DiagonalLengthMismatch(operatorSpan, left, right) ?? Error(DiagnosticCodes.LengthMismatch, operatorSpan,
                        $"cannot {verb} vectors of different lengths ({lt.Length} and {rt.Length})");
                type = lt;
                break;
            case BinaryOperator.Multiply:
            case BinaryOperator.Divide:
                // Second edition: between two vectors of one length, '*' and '/' are element-wise.
                if (lt.IsVector && rt.IsVector && !lt.Length!.SameAs(rt.Length!))
                    return DiagonalLengthMismatch(operatorSpan, left, right) ?? Error(DiagnosticCodes.LengthMismatch, operatorSpan,
                        $"cannot {(op == BinaryOperator.Multiply ? "multiply" : "divide")} vectors of different lengths ({lt.Length} and {rt.Length}) component by component");
                type = lt.IsVector ? lt : rt;
                break;
            default:
                if (lt.IsVector)
                    return Error(DiagnosticCodes.KindMismatch, operatorSpan,
                        $"cannot raise a {Describe(lt)} to a power: '^' needs a scalar base; for the squared norm write |v|^2");
                if (rt.IsVector)
                    return Error(DiagnosticCodes.KindMismatch, operatorSpan, $"the exponent must be a scalar, but it is a {Describe(rt)}");
                type = ExprType.Scalar;
                break;
        }
        if (left is BoundNumber x && right is BoundNumber y)
        {
            double v = op switch
            {
                BinaryOperator.Add => x.Value + y.Value,
                BinaryOperator.Subtract => x.Value - y.Value,
                BinaryOperator.Multiply => x.Value * y.Value,
                BinaryOperator.Divide => x.Value / y.Value,
                _ => Math.Pow(x.Value, y.Value),
            };
            if (!double.IsNaN(v) && !double.IsInfinity(v)) return new BoundNumber(v);
        }
        return new BoundBinary(op, left, right, type);
    }

    /// <summary>A scalar over numbers, params and dims only (bounds, face values).</summary>
    public BoundExpr BindConstant(ExprSyntax syntax, string what)
    {
        var e = BindExpression(syntax, null);
        if (e is BoundError) return e;
        if (RefuseMatrix(e, syntax.Span, what) is { } matrix) return matrix;
        if (e.Type.IsVector)
            return Error(DiagnosticCodes.KindMismatch, syntax.Span, $"{what} must be a scalar, but this is a {Describe(e.Type)}");
        if (BoundExprWalker.DependsOnPoint(e))
            return Error(DiagnosticCodes.NotAllowedHere, syntax.Span, $"{what} may use numbers, params and dims only, not coordinates or u");
        return RefuseLearned(e, syntax, what);
    }

    public bool CheckScalar(BoundExpr e, ExprSyntax syntax, string what)
    {
        if (e is BoundError) return false;
        if (expansions.Sizes.Of(e) > MaxTreeSize)
        {
            // Each let use is capped, but many uses of a large let can still add up.
            diagnostics.Error(DiagnosticCodes.ExpansionTooLarge, syntax.Span,
                $"{what} expands to more than {MaxTreeSize} terms once its lets are inlined; write it with fewer or smaller lets");
            return false;
        }
        if (expansions.Sizes.DepthOf(e) > MaxTreeDepth)
        {
            // Consumers of the model (record equality, the generator) walk it recursively: keep it shallow.
            diagnostics.Error(DiagnosticCodes.TooDeep, syntax.Span,
                $"{what} nests more than {MaxTreeDepth} levels deep once its lets are inlined; write it with fewer nested lets and brackets");
            return false;
        }
        if (RefuseMatrix(e, syntax.Span, what) is not null) return false;
        if (e.Type.IsScalar) return true;
        diagnostics.Error(DiagnosticCodes.KindMismatch, syntax.Span,
            $"{what} is a {Describe(e.Type)}, but it must be a scalar: reduce it with sum(v), dot(a, b), |v| or an index v[k]");
        return false;
    }

    public BoundExpr? BindExact(ExprSyntax syntax)
    {
        var e = BindExpression(syntax, null);
        if (e is BoundError) return null;
        if (!CheckScalar(e, syntax, "the exact solution")) return null;
        if (BoundExprWalker.Any(e, n => n is BoundDerivative))
        {
            diagnostics.Error(DiagnosticCodes.NotAllowedHere, syntax.Span,
                "the exact solution is a formula of the coordinates, params and dims: it cannot use u or its derivatives");
            return null;
        }
        return e;
    }

    public static string Describe(ExprType type) => type.IsScalar ? "scalar" : $"vector of length {type.Length}";

    /// <summary>The unknown other than u that <paramref name="name"/> is, or whose partial derivative it names (<c>v_t</c>); null otherwise.</summary>
    private string? OtherUnknown(string name)
    {
        for (int k = 1; k < scope.Unknowns.Count; k++)
        {
            var unknown = scope.Unknowns[k];
            if (name == unknown || (name.Length > unknown.Length + 1 && name.StartsWith(unknown + "_", System.StringComparison.Ordinal)))
                return unknown;
        }
        return null;
    }

    /// <summary>
    /// The calculus stage differentiates a formula of one unknown (another than u by renaming it u and back), so a derivative
    /// of a formula that reads two unknowns, <c>lap(u*v)</c>, is refused with what to write instead.
    /// </summary>
    private BoundExpr? RefuseSeveralUnknowns(BoundExpr argument, SourceSpan span, string operation)
    {
        var unknowns = BoundExprWalker.Nodes(argument).OfType<BoundDerivative>().Select(d => d.Unknown).Distinct().ToList();
        if (unknowns.Count < 2) return null;
        return Error(DiagnosticCodes.BadUnknown, span,
            $"{operation}(...) of a formula of several unknowns ({string.Join(", ", unknowns)}) is not supported yet: the compiler differentiates formulas of one unknown; expand it by hand into terms of one unknown each");
    }

    /// <summary>
    /// <paramref name="e"/>, or an error where it reads a learned param: bounds, faces, laws and indices are fixed when the
    /// run starts (they shape the sampling and the input), while a learned param changes at every step.
    /// </summary>
    public BoundExpr RefuseLearned(BoundExpr e, ExprSyntax syntax, string what)
    {
        var learned = BoundExprWalker.Nodes(e).OfType<BoundParam>().FirstOrDefault(p => parameters.TryGetValue(p.Name, out var m) && m.Learned);
        if (learned is null) return e;
        var name = learned.Name;
        return Error(DiagnosticCodes.LearnedParamNotAllowed, syntax.Span,
            $"{what} must be fixed when the run starts, but the param {name} is learned (it changes at every step); use a param without 'learn' here");
    }

    /// <summary><c>normal</c>: the outward unit normal where the condition being bound holds.</summary>
    private BoundExpr BindNormal(NameSyntax n)
    {
        if (region is null || region.Kind == RegionKind.Interior)
            return Error(DiagnosticCodes.NoNormal, n.Span,
                "normal is the outward unit normal of the boundary a condition holds on: use it in a condition, as in on boundary: dot(normal, grad u) = 0");
        if (region.Kind == RegionKind.Face && boundCoordinates.TryGetValue(region.Coordinate!, out var c) && !c.HasFaces)
        {
            var face = $"{c.Name} = {ExpressionPrinter.Print(region.Value!)}";
            return Error(DiagnosticCodes.NoNormal, n.Span,
                c.IsTime ? $"on {face} holds at one time, not on a spatial boundary, so it has no outward normal: use normal in on boundary or on a face of an interval"
                : c.Periodic ? $"{c.Name} is periodic, so {face} is no boundary and has no outward normal: use normal in on boundary or on a face of an interval that is not periodic"
                : $"{c.Name} is not an interval, so the face {face} has no outward normal: use normal in on boundary or on a face of an interval");
        }
        var spatial = SpatialLength();
        if (spatial is null) return new BoundError();
        return new BoundOutwardNormal(ExprType.Vector(spatial));
    }
}
