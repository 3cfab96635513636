using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>Checks a backend's inputs so bad ones give an ArgumentException with a clear message, never a native crash.</summary>
internal static class RequestValidation
{
    public static void Validate(BaseNetwork network, Tensor points, DerivativeRequest request)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(request);
        int d = network.InputDimension;
        if (points.dim() != 2)
            throw new ArgumentException($"Points must be a matrix [N, D] with D = {d}, but have shape {Shape(points)}.", nameof(points));
        if (points.shape[1] != d)
            throw new ArgumentException($"Points have {points.shape[1]} columns but the network takes D = {d} inputs (shape {Shape(points)}).", nameof(points));
        if (points.shape[0] == 0)
            throw new ArgumentException("Points are empty: N = 0 rows.", nameof(points));
        var weight = network.FirstLayer.weight!;
        if (points.dtype != weight.dtype)
            throw new ArgumentException($"Points are {points.dtype} but the network's parameters are {weight.dtype}: use the same precision.", nameof(points));
        if (points.device_type != weight.device_type)
            throw new ArgumentException($"Points are on {points.device} but the network is on {weight.device}.", nameof(points));
        // The finiteness check reads a device value back to the host: free on the CPU, but on CUDA a synchronisation in
        // the middle of every training step (two per step). There a non-finite point makes the result non-finite instead,
        // which the trainer stops on with its non-finite-loss message.
        if (points.device_type == DeviceType.CPU)
            CheckFinite(points);
        if (request.Groups < 1)
            throw new ArgumentException($"DerivativeRequest.Groups must be at least 1, not {request.Groups}.", nameof(request));
        CheckColumns(request.FirstPartials, nameof(DerivativeRequest.FirstPartials), d);
        CheckColumns(request.GradientColumns, nameof(DerivativeRequest.GradientColumns), d);
        CheckColumns(request.LaplacianColumns, nameof(DerivativeRequest.LaplacianColumns), d);
        if (request.GradientSquaredNorm && request.GradientColumns.Count == 0)
            throw new ArgumentException("DerivativeRequest.GradientSquaredNorm needs the GradientColumns it sums over; none were given.", nameof(request));
        var duplicate = request.LaplacianColumns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"DerivativeRequest.LaplacianColumns lists column {duplicate.Key} more than once; the Laplacian sums over a set.", nameof(request));
        ArgumentNullException.ThrowIfNull(request.HessianDiagonals, nameof(DerivativeRequest.HessianDiagonals));
        for (int i = 0; i < request.HessianDiagonals.Count; i++)
            CheckColumnSet(request.HessianDiagonals[i]?.Columns, $"{nameof(DerivativeRequest.HessianDiagonals)}[{i}]", d);
        ArgumentNullException.ThrowIfNull(request.QuadraticForms, nameof(DerivativeRequest.QuadraticForms));
        ArgumentNullException.ThrowIfNull(request.DirectionalDerivatives, nameof(DerivativeRequest.DirectionalDerivatives));
        foreach (var (field, entry) in HessianFields.DirectionFields(request))
            CheckColumnSet(field?.Columns, entry, d);
        for (int i = 0; i < request.SecondPartials.Count; i++)
        {
            var (a, b) = request.SecondPartials[i];
            if (a < 0 || a >= d || b < 0 || b >= d)
                throw new ArgumentException($"DerivativeRequest.SecondPartials[{i}] = ({a}, {b}) has a column outside [0, {d}).", nameof(request));
        }
    }

    private static void CheckFinite(Tensor points)
    {
        using var noGrad = no_grad();
        using var finite = points.isfinite();
        if (finite.all().item<bool>()) return;
        using var bad = finite.logical_not().nonzero();
        long row = bad[0, 0].item<long>(), column = bad[0, 1].item<long>();
        throw new ArgumentException($"Points contain NaN or infinity (first at row {row}, column {column}: {points[row, column].to_type(ScalarType.Float64).item<double>()}).", nameof(points));
    }

    private static void CheckColumns(IReadOnlyList<int> columns, string name, int d)
    {
        ArgumentNullException.ThrowIfNull(columns, name);
        for (int i = 0; i < columns.Count; i++)
            if (columns[i] < 0 || columns[i] >= d)
                throw new ArgumentException($"DerivativeRequest.{name}[{i}] = {columns[i]} is outside the input columns [0, {d}).", "request");
    }

    // A Hessian diagonal's or quadratic form's columns: a non-empty set inside the input (a repeated column would count
    // its second partial twice, or differently in each backend).
    private static void CheckColumnSet(IReadOnlyList<int>? columns, string name, int d)
    {
        if (columns is null)
            throw new ArgumentException($"DerivativeRequest.{name} is null.", "request");
        if (columns.Count == 0)
            throw new ArgumentException($"DerivativeRequest.{name}.Columns is empty; it needs at least one input column.", "request");
        CheckColumns(columns, name + ".Columns", d);
        var duplicate = columns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"DerivativeRequest.{name}.Columns lists column {duplicate.Key} more than once; the columns are a set.", "request");
    }

    private static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";
}
