using ApprovalTests;
using ApprovalTests.Reporters;
using PdeDsl;
using Xunit;

[assembly: UseReporter(typeof(QuietReporter))]

namespace Samples.ProblemSnapshots;

/// <summary>
/// The generated C# of heat.pde against its approved snapshot: a change of the problem, or of the compiler, shows here
/// as a diff to read and approve (rename the .received.cs file to .approved.cs).
/// </summary>
public class GeneratedCodeTests
{
    [Fact]
    public void The_cooling_rod_generates_the_approved_code() =>
        Approvals.VerifyWithExtension(ProblemCompiler.GenerateFile("heat.pde").Text, ".cs");
}
