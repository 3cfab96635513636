namespace PdeDsl.Generator;

/// <summary>Names of the pipeline's steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string RootNamespace = nameof(RootNamespace);
    public const string ReadFile = nameof(ReadFile);
    public const string ParseFile = nameof(ParseFile);
    public const string ExtractAttributes = nameof(ExtractAttributes);
    public const string ExtractDomainOnly = nameof(ExtractDomainOnly);
    public const string ParseAttributes = nameof(ParseAttributes);
    public const string ProblemNames = nameof(ProblemNames);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Emit = nameof(Emit);
}
