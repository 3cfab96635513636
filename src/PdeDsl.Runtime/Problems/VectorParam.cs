using System;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A vector param of a generated problem (<c>param c[n] = 0.5</c> or <c>param c[n] ~ normal(m, s)</c>): its values for
/// the current length, drawn (normal) from the run's seed the first time they are read after the length or the seed
/// changed, or assigned (from a checkpoint); and a copy on the device and in the precision of the points that read it.
/// </summary>
public sealed class VectorParam
{
    private readonly int _index;
    private double[]? _values;
    private (int Length, long Seed, double A, double B) _key;
    private double[]? _assigned;
    private Tensor? _tensor;
    private double[]? _tensorSource;

    private VectorParam(string name, bool isDrawn, int index)
    {
        Name = name;
        IsDrawn = isDrawn;
        _index = index;
    }

    /// <summary>Every component the same number (<c>param c[n] = 0.5</c>).</summary>
    public static VectorParam Constant(string name) => new(name, false, 0);

    /// <summary>Components drawn from a normal law; <paramref name="index"/> (the param's place among the problem's) keeps two such params apart.</summary>
    public static VectorParam Normal(string name, int index) => new(name, true, index);

    /// <summary>The param's name.</summary>
    public string Name { get; }

    /// <summary>True for a param drawn from a law (then <c>--param</c> cannot set it: change <c>--seed</c>).</summary>
    public bool IsDrawn { get; }

    /// <summary>
    /// The values for <paramref name="length"/> components: every one <paramref name="a"/> for a constant param; for a drawn
    /// one, mean <paramref name="a"/> plus standard deviation <paramref name="b"/> times standard normals from <paramref name="seed"/>.
    /// </summary>
    public double[] Values(int length, double a, double b, long seed)
    {
        if (_assigned is not null && _assigned.Length == length) return _assigned;
        var key = (length, seed, a, b);
        if (_values is null || key != _key)
        {
            _values = IsDrawn ? Draw(length, a, b, seed) : Fill(length, a);
            _key = key;
        }
        return _values;
    }

    /// <summary>The values as a [count, length] tensor (one row, expanded) on the device and in the precision of <paramref name="points"/>.</summary>
    public Tensor Rows(Tensor points, int length, double a, double b, long seed)
    {
        ArgumentNullException.ThrowIfNull(points);
        var values = Values(length, a, b, seed);
        if (_tensor is null || !ReferenceEquals(_tensorSource, values) || _tensor.device.ToString() != points.device.ToString() || _tensor.dtype != points.dtype)
        {
            _tensor?.Dispose();
            using var host = tensor(values, dtype: ScalarType.Float64);
            _tensor = host.to(points.dtype).to(points.device).DetachFromDisposeScope();
            _tensorSource = values;
        }
        return _tensor.unsqueeze(0).expand(points.shape[0], -1);
    }

    /// <summary>Assigns the values (a checkpoint's): they hold while the length is theirs.</summary>
    public void Assign(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException($"The vector param {Name} needs at least one value.", nameof(values));
        _assigned = (double[])values.Clone();
    }

    private static double[] Fill(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }

    private double[] Draw(int length, double mean, double deviation, long seed)
    {
        // Its own stream, apart from the weights', the points' and the noise's (which use the seed itself and simple offsets).
        using var generator = RandomSource.Create(unchecked(seed * 1_000_000_007L + 104_729L * (_index + 1)));
        using var normal = randn(new long[] { length }, dtype: ScalarType.Float64, generator: generator);
        var values = normal.data<double>().ToArray();
        for (int k = 0; k < values.Length; k++) values[k] = mean + deviation * values[k];
        return values;
    }
}
