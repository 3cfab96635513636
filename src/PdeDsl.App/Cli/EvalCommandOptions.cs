using System.CommandLine;

namespace PdeDsl;

/// <summary>The options of <c>eval</c>.</summary>
internal sealed class EvalCommandOptions
{
    public Option<string> Checkpoint { get; } = new("--checkpoint") { Description = "The checkpoint written by 'train --checkpoint'.", Required = true };

    public Option<string[]> At { get; } = new("--at")
    {
        Description = "A point, comma-separated: one value per input column, or one per coordinate (a vector coordinate takes it in every component), e.g. --at 0.5,0.5 (repeatable).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Points { get; } = new("--points") { Description = "A CSV file of points, one per line (a header line is allowed)." };

    public Option<int> Samples { get; } = new("--eval-samples") { Description = "K for the smoothed model's value.", DefaultValueFactory = _ => 1024 };

    public Option<string> Device { get; } = new("--device") { Description = "Where to compute: auto, cpu or cuda.", DefaultValueFactory = _ => "auto" };

    public void AddTo(Command command)
    {
        Device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        command.Add(Checkpoint);
        command.Add(At);
        command.Add(Points);
        command.Add(Samples);
        command.Add(Device);
    }
}
