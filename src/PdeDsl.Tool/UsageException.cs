using System;

namespace PdeDsl.Tool;

/// <summary>Bad command-line input (a missing file, an unknown option or problem): one line on stderr and exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}
