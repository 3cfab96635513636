namespace PdeDsl.Language.Syntax;

/// <summary>One <c>key = value</c> of a train statement: the key as written, the value's raw text, and where each is.</summary>
internal sealed record TrainSettingSyntax(string Key, SourceSpan KeySpan, string Value, SourceSpan ValueSpan);

/// <summary><c>train steps = 2000, samples = 64, network = 3x64 tanh</c>: the problem's training defaults.</summary>
internal sealed record TrainSyntax(EquatableArray<TrainSettingSyntax> Settings, SourceSpan Span) : StatementSyntax(Span);
