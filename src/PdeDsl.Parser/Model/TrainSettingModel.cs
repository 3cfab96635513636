namespace PdeDsl.Language;

/// <summary>
/// One training default of a problem's <c>train</c> statement, as a trainer command-line option:
/// <see cref="Option"/> is the option's name with its dashes (<c>--steps</c>) and <see cref="Value"/> its checked value
/// in the trainer's spelling (<c>network = 3x64 tanh</c> becomes <c>--hidden-layers 3</c> and <c>--hidden-width 64</c>).
/// </summary>
public sealed record TrainSettingModel(string Option, string Value, SourceSpan Span);
