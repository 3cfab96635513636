using System.Runtime.CompilerServices;

// The command line drives the trainer through its internal hooks (observations, checkpoints, the distributed group);
// the MPI communicator implements the runtime's internal ICommunicator.
[assembly: InternalsVisibleTo("PdeDsl.App")]
[assembly: InternalsVisibleTo("PdeDsl.Mpi")]
// The training tests reach the output scale's networks and the trainer's internals.
[assembly: InternalsVisibleTo("PdeDsl.Training.Tests")]
