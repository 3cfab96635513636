using System;

namespace PdeDsl;

/// <summary>
/// The problem's training defaults, as the <c>train</c> statement without its keyword:
/// <c>[Train("steps = 2000, samples = 64, noise = per-point")]</c>. Keys are the train command's options without
/// <c>--</c> (plus <c>network = 3x64 tanh</c>); options on the command line override them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TrainAttribute : Attribute
{
    /// <summary>Declares the training defaults <paramref name="settings"/>.</summary>
    public TrainAttribute(string settings) => Settings = settings;

    /// <summary>The settings as written.</summary>
    public string Settings { get; }
}
