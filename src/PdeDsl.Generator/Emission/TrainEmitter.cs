using PdeDsl.Generator.Model;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// The problem's <c>train</c> statement as a second part of its partial class: <c>PdeDsl.IPdeTrainingDefaults</c>
/// with the settings as trainer command-line arguments, which <c>PdeApp.Run</c> puts before the user's own (so the
/// user's win). A problem without a train statement gets nothing.
/// </summary>
internal static class TrainEmitter
{
    public static void Write(SourceWriter w, EmitRequest request)
    {
        var settings = request.Problem.TrainSettings;
        if (settings.Count == 0) return;
        w.Line();
        w.Line($"partial class {Naming.Identifier(request.Problem.Name)} : global::PdeDsl.IPdeTrainingDefaults");
        w.Open();
        w.Line("// From the problem's train statement: the defaults of 'train'; options on the command line override them.");
        w.Line("private static readonly string[] pdeTrainingArguments =");
        w.Open();
        foreach (var s in settings)
            w.Line($"{CSharpText.String(s.Option)}, {CSharpText.String(s.Value)},");
        w.Close(";");
        w.Line();
        w.Line("global::System.Collections.Generic.IReadOnlyList<string> global::PdeDsl.IPdeTrainingDefaults.TrainingArguments => pdeTrainingArguments;");
        w.Close();
    }
}
