namespace PdeDsl;

/// <summary>Whether the network reads small vector coordinates scaled to size 1 (<see cref="TrainingOptions.InputScale"/>).</summary>
public enum InputScaleMode
{
    /// <summary>Every coordinate is read as it is (the default).</summary>
    Off,

    /// <summary>A vector coordinate whose components' root mean square over the problem's points is below 1/4 is read divided by it, or by 1/8 where it is smaller (docs/training.md, "Input scale").</summary>
    Auto,
}
