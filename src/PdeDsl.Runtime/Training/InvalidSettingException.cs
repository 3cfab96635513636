using System;

namespace PdeDsl;

/// <summary>
/// A training setting has a value it cannot take (<see cref="TrainingOptions.Validate"/>, a <c>train</c> statement, a
/// command-line option). <see cref="Setting"/> names it as <see cref="TrainingOptions"/> does; the command line adds
/// its own advice and exits with code 2.
/// </summary>
public sealed class InvalidSettingException : ArgumentException
{
    /// <summary>The message (one sentence naming the setting, its value and the rule) and the setting's name.</summary>
    public InvalidSettingException(string message, string setting) : base(message) => Setting = setting;

    /// <summary>The setting, as <see cref="TrainingOptions"/> names it (<c>Samples</c>) or as the caller spelled it.</summary>
    public string Setting { get; }
}
