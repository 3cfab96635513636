namespace PdeDsl.Generator.Model;

/// <summary>Which problem a generated file defines, and where it came from: to find two problems of one name.</summary>
internal sealed record ProblemName(string? Namespace, string Name, string HintName, string Origin);
