using System.Collections.Generic;

namespace PdeDsl;

/// <summary>
/// A problem that carries its own training defaults (the <c>train</c> statement of a .pde file, or
/// <see cref="TrainAttribute"/>): <c>PdeApp.Run</c> (PdeDsl.App) and <c>new Trainer(problem)</c> apply them to <c>train</c> before the command line, whose
/// options override them.
/// </summary>
public interface IPdeTrainingDefaults
{
    /// <summary>The defaults as train command-line arguments: option, value, option, value (<c>--steps</c>, <c>2000</c>, ...).</summary>
    IReadOnlyList<string> TrainingArguments { get; }
}
