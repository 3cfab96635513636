using System.Runtime.CompilerServices;

// The training tests check the pre-flight checks with memory figures of their own (OptionValidation.CheckMemory).
[assembly: InternalsVisibleTo("PdeDsl.Training.Tests")]
