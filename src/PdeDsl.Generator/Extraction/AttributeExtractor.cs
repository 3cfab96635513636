using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PdeDsl.Generator.Diagnostics;
using PdeDsl.Generator.Model;
using PdeDsl.Language;
using LanguageSeverity = PdeDsl.Language.DiagnosticSeverity;

namespace PdeDsl.Generator.Extraction;

/// <summary>
/// Reads the attribute form of a problem from a class into plain data: each PdeDsl attribute is one
/// statement (its keyword from the attribute's name, its constructor arguments as text), in source
/// order, with where each argument was written. Nothing of the compilation is kept.
/// </summary>
internal static class AttributeExtractor
{
    private static readonly Dictionary<string, string> Keywords = new()
    {
        ["PdeAttribute"] = "pde",
        ["DomainAttribute"] = "domain",
        ["DimAttribute"] = "dim",
        ["ParamAttribute"] = "param",
        ["LetAttribute"] = "let",
        ["ConditionAttribute"] = "on",
        ["ExactAttribute"] = "exact",
        ["SampleAttribute"] = "sample",
        ["TrainAttribute"] = "train",
        ["LearnAttribute"] = "learn",
        ["ObserveAttribute"] = "observe",
        ["AnsatzAttribute"] = "ansatz",
    };

    /// <summary>
    /// The problem on <paramref name="context"/>'s class, or null when another place reports it: a class
    /// is read once, from the declaration that carries its first <paramref name="primary"/> attribute, and
    /// the <c>Domain</c> branch only reads classes that have no <c>Pde</c> attribute (to say one is missing).
    /// </summary>
    public static AttributeProblemSource? Extract(GeneratorAttributeSyntaxContext context, string primary, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type) return null;
        var attributes = type.GetAttributes().Where(IsPdeDsl).ToList();
        if (primary != "PdeAttribute" && attributes.Any(a => a.AttributeClass!.Name == "PdeAttribute")) return null;
        var first = attributes.FirstOrDefault(a => a.AttributeClass!.Name == primary);
        var reference = first?.ApplicationSyntaxReference;
        if (reference is null || reference.SyntaxTree != context.TargetNode.SyntaxTree || !context.TargetNode.Span.Contains(reference.Span))
            return null;

        var classLocation = LocationInfo.From((context.TargetNode as ClassDeclarationSyntax)?.Identifier.GetLocation() ?? context.TargetNode.GetLocation());
        var problems = CheckClass(type, context.TargetNode, classLocation);
        var statements = new List<StatementSource>();
        var locations = new List<StatementLocation>();
        foreach (var attribute in attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            var arguments = new List<string>();
            var argumentSources = new List<ArgumentSource>();
            var parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArrayOfNone;
            for (int i = 0; i < attribute.ConstructorArguments.Length; i++)
            {
                var expression = ArgumentExpression(syntax, parameters, i);
                var source = Source(expression, syntax);
                argumentSources.Add(source);
                var text = Text(attribute.ConstructorArguments[i]);
                if (text is null)
                {
                    problems.Add(new DiagnosticInfo(DiagnosticDescriptors.InvalidArgument, LanguageSeverity.Error,
                        $"The argument of [{ShortName(attribute)}] must be a constant the generator can read (a string, or a finite number).",
                        StringLiteralMap.Map(source with { IsStringLiteral = false }, 0, 0)));
                    text = "";
                }
                arguments.Add(text);
            }
            statements.Add(new StatementSource(Keywords[attribute.AttributeClass!.Name], arguments.ToEquatableArray()));
            locations.Add(new StatementLocation(argumentSources.ToEquatableArray(), LocationInfo.From(syntax?.GetLocation())));
        }

        return new AttributeProblemSource(
            type.Name,
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            statements.ToEquatableArray(),
            locations.ToEquatableArray(),
            classLocation,
            problems.ToEquatableArray());
    }

    private static readonly System.Collections.Immutable.ImmutableArray<IParameterSymbol> ImmutableArrayOfNone =
        System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;

    private static bool IsPdeDsl(AttributeData attribute) =>
        attribute.AttributeClass is { } c && Keywords.ContainsKey(c.Name)
        && c.ContainingNamespace is { Name: "PdeDsl", ContainingNamespace.IsGlobalNamespace: true };

    private static List<DiagnosticInfo> CheckClass(INamedTypeSymbol type, SyntaxNode node, LocationInfo? location)
    {
        var problems = new List<DiagnosticInfo>();
        if (node is ClassDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            problems.Add(new DiagnosticInfo(DiagnosticDescriptors.NotPartial, LanguageSeverity.Error,
                $"The problem class '{type.Name}' must be declared 'partial' so that PdeDsl can generate its other half.", location));
        if (type.ContainingType is not null || type.TypeParameters.Length > 0 || type.IsStatic || type.IsAbstract)
            problems.Add(new DiagnosticInfo(DiagnosticDescriptors.UnsupportedClass, LanguageSeverity.Error,
                $"The problem class '{type.Name}' must be a top-level, non-generic, non-static, non-abstract class.", location));
        return problems;
    }

    /// <summary>The syntax of constructor argument <paramref name="index"/>, following named arguments (<c>equation: "..."</c>).</summary>
    private static ExpressionSyntax? ArgumentExpression(AttributeSyntax? syntax, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, int index)
    {
        var arguments = syntax?.ArgumentList?.Arguments;
        if (arguments is null) return null;
        int position = 0;
        foreach (var argument in arguments)
        {
            if (argument.NameEquals is not null) continue; // a property setter, not a constructor argument
            if (argument.NameColon is { } name)
            {
                if (index < parameters.Length && name.Name.Identifier.ValueText == parameters[index].Name) return argument.Expression;
            }
            else if (position == index)
            {
                return argument.Expression;
            }
            position++;
        }
        return null;
    }

    private static ArgumentSource Source(ExpressionSyntax? expression, AttributeSyntax? attribute)
    {
        SyntaxNode? node = expression ?? (SyntaxNode?)attribute;
        if (node is null) return new ArgumentSource("", "", 0, 0, 0, false);
        var token = expression is LiteralExpressionSyntax literal && (literal.Token.IsKind(SyntaxKind.StringLiteralToken) || literal.Token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            ? literal.Token
            : default;
        var span = token.RawKind != 0 ? token.Span : node.Span;
        var position = node.SyntaxTree.GetLineSpan(span).StartLinePosition;
        var text = token.RawKind != 0 ? token.Text : node.ToString();
        return new ArgumentSource(node.SyntaxTree.FilePath, text, span.Start, position.Line, position.Character, token.RawKind != 0);
    }

    /// <summary>The argument as the language reads it, or null when it is not a usable constant.</summary>
    private static string? Text(TypedConstant constant)
    {
        if (constant.Kind == TypedConstantKind.Error || constant.IsNull) return null;
        return constant.Value switch
        {
            string s => s,
            int i => i.ToString(CultureInfo.InvariantCulture),
            double d when !double.IsNaN(d) && !double.IsInfinity(d) => d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e'),
            _ => null,
        };
    }

    private static string ShortName(AttributeData attribute)
    {
        var name = attribute.AttributeClass!.Name;
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
