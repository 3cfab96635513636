using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PdeDsl.Language;
using PdeDsl.Language.Lowering;

namespace PdeDsl.Generator.Emission;

/// <summary>
/// Sampling for domains with an unbounded or ball coordinate (docs/language.md, "Domains and sampling laws"): each term's points are
/// drawn coordinate by coordinate in declaration order, so a law's mean and standard deviation can read the
/// columns drawn before it (<c>x ~ normal(0, sqrt(2*t))</c>). Box-only problems keep the first edition's
/// <c>DomainSampler</c> calls. Also the outward <c>normal</c> of each condition.
/// </summary>
internal static partial class ProblemEmitter
{
    private const string Laws = "global::PdeDsl.LawSampler";
    private const string Torch = "global::TorchSharp.torch";

    private static string SampleMethod(int index) => "pdeSample" + index.ToString(CultureInfo.InvariantCulture);

    private static string LengthOf(CoordinateModel c) => c.IsVector ? Naming.Length(c.Name) : "1";

    /// <summary>The ball whose sphere the region is (lowering resolved which), or null.</summary>
    private static CoordinateModel? SphereOf(EmitProblem problem, EmitRegion region) =>
        region.IsSphere ? Coordinate(problem, region.Coordinate!) : null;

    private static CoordinateModel Coordinate(EmitProblem problem, string name) => problem.Coordinates.First(c => c.Name == name);

    private static void WriteLawSampling(SourceWriter w, EmitProblem problem, EquatableArray<EmitEquation> equations, ConstantEmitter constants)
    {
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public {TensorType} Sample(int term, int count, global::TorchSharp.torch.Generator generator, global::TorchSharp.torch.Device device, global::TorchSharp.torch.ScalarType dtype) => term switch");
        w.Open();
        for (int i = 0; i < equations.Count; i++)
            w.Line($"{i.ToString(CultureInfo.InvariantCulture)} => {SampleMethod(i)}(count, generator, device, dtype),");
        w.Line($"_ => throw {OutOfRange(problem, equations.Count)},");
        w.Close(";");
        for (int i = 0; i < equations.Count; i++)
            WriteSampleMethod(w, problem, i, equations[i], constants);
    }

    private static void WriteSampleMethod(SourceWriter w, EmitProblem problem, int index, EmitEquation equation, ConstantEmitter constants)
    {
        w.Line();
        w.Line("// Coordinate by coordinate in declaration order: a law may read the columns drawn before it.");
        w.Line($"private {TensorType} {SampleMethod(index)}(int count, global::TorchSharp.torch.Generator generator, global::TorchSharp.torch.Device device, global::TorchSharp.torch.ScalarType dtype)");
        w.Open();
        w.Line($"if (count < 0) throw new global::System.ArgumentOutOfRangeException(nameof(count), count, \"The number of points must not be negative.\");");
        w.Line($"var points = {Torch}.empty(new long[] {{ count, InputDimension }}, dtype: dtype, device: device);");
        if (equation.Region.Kind == EmitRegionKind.BoxFaces) WriteBoxBoundary(w, problem, equation, constants);
        var tensors = new TensorEmitter(w, constants, "points", "derivatives");
        foreach (var column in equation.Columns)
        {
            var c = Coordinate(problem, column.Coordinate);
            var columns = $"points.narrow(1, {Naming.Offset(c.Name)}, {LengthOf(c)})";
            switch (column.Law)
            {
                case EmitColumnLaw.Fixed:
                    w.Line($"{columns}.fill_({constants.Emit(equation.Region.Value!)});");
                    break;
                case EmitColumnLaw.Uniform:
                    w.Line($"{columns}.copy_({Laws}.Uniform(count, {LengthOf(c)}, {constants.Emit(c.Lower)}, {constants.Emit(c.Upper)}, generator, device, dtype));");
                    break;
                case EmitColumnLaw.UniformSphere or EmitColumnLaw.RadialBall or EmitColumnLaw.UniformBall:
                    var law = column.Law switch { EmitColumnLaw.UniformSphere => "UniformSphere", EmitColumnLaw.RadialBall => "RadialBall", _ => "UniformBall" };
                    var centre = LawArgument(tensors, constants, c.Centre!);
                    w.Line($"{columns}.copy_({Laws}.{law}(count, {LengthOf(c)}, {centre}, {constants.Emit(c.Radius!)}, generator, device, dtype));");
                    break;
                case EmitColumnLaw.Region or EmitColumnLaw.RegionBoundary:
                    WriteRegionColumns(w, problem, equation, c, column.Law);
                    break;
                case EmitColumnLaw.Normal:
                    var mean = LawArgument(tensors, constants, c.Law!.Mean!);
                    var deviation = LawArgument(tensors, constants, c.Law.Deviation!);
                    w.Line($"{columns}.copy_({Laws}.Normal(count, {LengthOf(c)}, {mean}, {deviation}, generator, device, dtype));");
                    break;
            }
        }
        w.Line("return points;");
        w.Close();
    }

    /// <summary>A law's argument as a tensor that broadcasts to [count, length]: 0-d for a constant, [count, 1] for a scalar, [count, length] for a vector.</summary>
    private static string LawArgument(TensorEmitter tensors, ConstantEmitter constants, BoundExpr e)
    {
        if (ConstantEmitter.IsConstant(e)) return $"{Torch}.tensor({constants.Emit(e)})";
        var operand = tensors.Emit(e);
        return operand.IsVector ? operand.Code : operand.Code + ".unsqueeze(1)";
    }

    /// <summary>
    /// <c>on boundary</c> of the intervals when other coordinates are drawn from laws: the intervals alone form a box
    /// whose faces <c>DomainSampler.Boundary</c> samples by area; its columns go to their places, the rest follow their laws.
    /// </summary>
    private static void WriteBoxBoundary(SourceWriter w, EmitProblem problem, EmitEquation equation, ConstantEmitter constants)
    {
        var intervals = equation.Columns.Where(k => k.Law == EmitColumnLaw.BoxFaces).Select(k => Coordinate(problem, k.Coordinate)).ToList();
        w.Line("var box = global::PdeDsl.DomainSampler.Boundary(new global::PdeDsl.CoordinateInfo[]");
        w.Open();
        var offsets = new List<string>();
        int constant = 0;
        var at = new Dictionary<string, string>();
        foreach (var c in intervals)
        {
            at[c.Name] = Sum(constant, offsets);
            w.Line($"new({CSharpText.String(c.Name)}, {at[c.Name]}, {LengthOf(c)}, {Bool(c.IsVector)}, {Bool(c.IsTime)}, {constants.Emit(c.Lower)}, {constants.Emit(c.Upper)}),");
            if (c.IsVector) offsets.Add(Naming.Length(c.Name));
            else constant++;
        }
        w.Close(", count, generator, device, dtype);");
        foreach (var c in intervals)
            w.Line($"points.narrow(1, {Naming.Offset(c.Name)}, {LengthOf(c)}).copy_(box.narrow(1, {at[c.Name]}, {LengthOf(c)}));");
    }

    /// <summary>The C# of <c>normal</c> in a condition on <paramref name="region"/>: [N, S] over the spatial columns.</summary>
    private static string? NormalCode(EmitProblem problem, EmitRegion region, ConstantEmitter constants)
    {
        if (region.Kind == EmitRegionKind.Interior) return null;
        if (region.Kind == EmitRegionKind.RegionBoundary) return RegionNormalCode(problem, region);
        var ball = SphereOf(problem, region);
        if (ball is null) return "global::PdeDsl.OutwardNormal.Box(points, Coordinates)";
        var centre = $"{Torch}.tensor({constants.Emit(ball.Centre!)})"; // a centre is over numbers, params and dims
        var sphere = $"global::PdeDsl.OutwardNormal.Sphere(points.narrow(1, {Naming.Offset(ball.Name)}, {LengthOf(ball)}), {centre})";
        var spatial = problem.Coordinates.Where(c => !c.IsTime).ToList();
        if (spatial.Count == 1) return sphere;
        // Other spatial coordinates (unbounded ones) do not bound the domain: the normal has no component along them.
        var parts = spatial.Select(c => ReferenceEquals(c, ball)
            ? sphere
            : $"{Torch}.zeros(new long[] {{ points.shape[0], {LengthOf(c)} }}, dtype: points.dtype, device: points.device)");
        return $"{Torch}.cat(new[] {{ {string.Join(", ", parts)} }}, 1)";
    }
}
