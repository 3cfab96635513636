using System;

namespace PdeDsl.Language.Calculus;

/// <summary>A derivative the stage cannot take; the stage reports the message where the operator is written.</summary>
internal sealed class CalculusException : Exception
{
    public CalculusException(string message) : base(message)
    {
    }
}
