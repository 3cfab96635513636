using System;

namespace PdeDsl.Language.Calculus;

/// <summary>A derivative the stage cannot take; the stage reports the message where the operator is written.</summary>
internal sealed class CalculusException : Exception
{
    public CalculusException(string message, string code = DiagnosticCodes.NotDifferentiable) : base(message) => Code = code;

    /// <summary>The diagnostic code it is reported with.</summary>
    public string Code { get; }
}
