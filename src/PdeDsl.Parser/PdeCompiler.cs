using System;
using System.Runtime.CompilerServices;
using PdeDsl.Language.Compilation;

namespace PdeDsl.Language;

/// <summary>The parser's public entry points: text in, bound problems and diagnostics out. Never throws.</summary>
public static class PdeCompiler
{
    /// <summary>Compiles a whole <c>.pde</c> file; problems without a namespace statement get <paramref name="defaultNamespace"/>.</summary>
    public static CompilationResult CompileFile(string text, string? defaultNamespace = null)
    {
        try { return FileCompiler.Compile(text, defaultNamespace); }
        catch (Exception ex) { return Failed(ex); }
    }

    /// <summary>
    /// Compiles the attribute form: one problem named <paramref name="problemName"/> made of
    /// <paramref name="statements"/>; diagnostic spans are relative to the argument they name.
    /// </summary>
    public static CompilationResult CompileStatements(string problemName, string? @namespace, EquatableArray<StatementSource> statements)
    {
        try { return AttributeCompiler.Compile(problemName, @namespace, statements); }
        catch (Exception ex) { return Failed(ex); }
    }

    private static CompilationResult Failed(Exception ex)
    {
        var message = ex is InsufficientExecutionStackException
            ? "the text nests too deeply to compile; split long formulas with let"
            : $"internal error of the PDE compiler ({ex.GetType().Name}: {ex.Message}); please report it with the text that caused it";
        var code = ex is InsufficientExecutionStackException ? DiagnosticCodes.TooDeep : DiagnosticCodes.Internal;
        return new CompilationResult(EquatableArray<Grouping.GroupedProblem>.Empty,
            EquatableArray.Of(new Diagnostic(code, DiagnosticSeverity.Error, SourceSpan.None, message)));
    }

    /// <summary>Keeps the binder and printer from overflowing the stack: they throw a catchable exception instead.</summary>
    internal static void EnsureStack() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
