namespace PdeDsl.Tool;

/// <summary>The tool's exit codes, the same as a compiled project's (<see cref="PdeApp"/>).</summary>
internal static class ExitCodes
{
    /// <summary>Done; for check and emit: no error in the files.</summary>
    public const int Success = 0;

    /// <summary>The files have errors (check, emit, train), or a run failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad command line: a missing or unreadable file, an unknown command, option or problem.</summary>
    public const int Usage = PdeApp.UsageError;
}
