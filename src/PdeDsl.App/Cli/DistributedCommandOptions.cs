using System.CommandLine;

namespace PdeDsl;

/// <summary>The options of <c>train</c> for data-parallel training over MPI (docs/distributed.md).</summary>
internal sealed class DistributedCommandOptions
{
    public Option<bool> Distributed { get; } = new("--distributed")
    {
        Description = "Data-parallel training over MPI: start with 'mpiexec.mpich -n P'. Each rank draws its own batch (global batch = P x the per-rank one); gradients are averaged every step; rank 0 writes the outputs.",
    };

    public Option<double> CollectiveTimeout { get; } = new("--collective-timeout")
    {
        Description = "With --distributed: seconds a rank waits in a collective operation before it stops with an error (a rank died or hangs). Must exceed rank 0's validation time.",
        DefaultValueFactory = _ => 60,
    };

    public void AddTo(Command command)
    {
        command.Add(Distributed);
        command.Add(CollectiveTimeout);
    }
}
