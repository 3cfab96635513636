namespace PdeDsl.Language;

/// <summary>The parser's public entry points: text in, bound problems and diagnostics out. Never throws.</summary>
public static class PdeCompiler
{
    /// <summary>Compiles a whole <c>.pde</c> file; problems without a namespace statement get <paramref name="defaultNamespace"/>.</summary>
    public static CompilationResult CompileFile(string text, string? defaultNamespace = null)
        => throw new System.NotImplementedException("issue 3");

    /// <summary>
    /// Compiles the attribute form: one problem named <paramref name="problemName"/> made of
    /// <paramref name="statements"/>; diagnostic spans are relative to the argument they name.
    /// </summary>
    public static CompilationResult CompileStatements(string problemName, string? @namespace, EquatableArray<StatementSource> statements)
        => throw new System.NotImplementedException("issue 3");
}
