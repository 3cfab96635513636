namespace PdeDsl.Language.Syntax;

/// <summary>An expression as written: no names resolved, every node with its span.</summary>
internal abstract record ExprSyntax(SourceSpan Span);

/// <summary>A number literal; <see cref="Text"/> is what the user wrote.</summary>
internal sealed record NumberSyntax(double Value, string Text, SourceSpan Span) : ExprSyntax(Span);

/// <summary>A name: a coordinate, dim, param, let, u, a derivative such as u_xy, or a constant.</summary>
internal sealed record NameSyntax(string Name, SourceSpan Span) : ExprSyntax(Span);

/// <summary>
/// A call <c>f(a, b)</c>; also <c>grad u</c>, <c>Δu</c> and <c>∇u</c>, whose function is then the
/// canonical name (grad, lap) with the span of the operator as written.
/// </summary>
internal sealed record CallSyntax(Identifier Function, EquatableArray<ExprSyntax> Arguments, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>( e )</c>, kept so spans cover what the user wrote.</summary>
internal sealed record ParenSyntax(ExprSyntax Inner, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>| e |</c>.</summary>
internal sealed record NormSyntax(ExprSyntax Operand, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>e[k]</c> (1-based).</summary>
internal sealed record IndexSyntax(ExprSyntax Target, ExprSyntax Index, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>v[a..b]</c>: components a to b of a vector, 1-based and inclusive.</summary>
internal sealed record SliceSyntax(ExprSyntax Target, ExprSyntax From, ExprSyntax To, SourceSpan Span) : ExprSyntax(Span);

/// <summary>Unary minus.</summary>
internal sealed record NegateSyntax(ExprSyntax Operand, SourceSpan Span) : ExprSyntax(Span);

/// <summary>A binary operation, with the span of its operator for messages about it.</summary>
internal sealed record BinarySyntax(BinaryOperator Operator, ExprSyntax Left, ExprSyntax Right, SourceSpan OperatorSpan, SourceSpan Span) : ExprSyntax(Span);
