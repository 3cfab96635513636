using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Model;

/// <summary>
/// One problem to emit: the lowered problem (the emit model), the generated file's hint name, where it came from (for the
/// header comment), whether the class is the user's own (attribute form: no accessibility added), and
/// the source line of each equation (pdes, then conditions) where the model's spans are relative to an
/// attribute argument; empty for files, whose spans carry real lines. <see cref="Location"/> is where the problem
/// is named (for a diagnostic about the whole problem).
/// </summary>
internal sealed record EmitRequest(EmitProblem Problem, string HintName, string Origin, bool IsUserClass, EquatableArray<int> EquationLines, LocationInfo? Location = null);
