using System;
using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// The sampling laws of a coordinate (docs/language.md, "Domains and sampling laws"): uniform on an interval, uniform in a ball, <c>radial</c>
/// (uniform radius), uniform on a sphere, and normal with a mean and standard deviation that may depend on coordinates
/// drawn before. Each draw returns a new tensor [count, length] on the device with the dtype, built from tensor
/// operations only (no loop over points, no host synchronisation). Generated problems call these.
/// </summary>
public static class LawSampler
{
    /// <summary>Points [count, length] whose components are each uniform in [<paramref name="lower"/>, <paramref name="upper"/>).</summary>
    public static Tensor Uniform(int count, int length, double lower, double upper, Generator generator, Device device, ScalarType dtype)
    {
        CheckShape(count, length);
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower > upper)
            throw new ArgumentException($"A uniform law needs finite bounds with lower <= upper; got [{lower}, {upper}].", nameof(lower));
        using var unit = RandomSource.Uniform(new long[] { count, length }, generator, device, dtype);
        return unit.mul(upper - lower).add_(lower);
    }

    /// <summary>
    /// Points [count, length] uniform in the volume of the ball |c − <paramref name="center"/>| ≤ <paramref name="radius"/>:
    /// a uniform direction times the radius r·U^(1/n) (n = length), whose CDF is (ρ/r)^n. U^(1/n) is computed as
    /// exp(ln(U)/n) with U in (0, 1], so it stays finite and at most 1 for any n (tested at n = 100,000). The centre (here and
    /// in the other ball laws) is a 0-d tensor (every component), [length], or anything broadcastable to [count, length].
    /// </summary>
    public static Tensor UniformBall(int count, int length, Tensor center, double radius, Generator generator, Device device, ScalarType dtype)
    {
        CheckBall(count, length, center, radius);
        using var scope = NewDisposeScope();
        var u = 1 - RandomSource.Uniform(new long[] { count, 1 }, generator, device, dtype);    // (0, 1]
        var rho = u.log().div_(length).exp_().mul_(radius);
        return Around(center, rho, count, length, generator, device, dtype).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Points [count, length] in the ball |c − <paramref name="center"/>| ≤ <paramref name="radius"/> with a radius uniform in
    /// [0, r] and a uniform direction: the <c>radial</c> law of the SDGD/STDE two-body benchmarks (radius CDF ρ/r, so the
    /// points crowd near the centre compared with <see cref="UniformBall"/>).
    /// </summary>
    public static Tensor RadialBall(int count, int length, Tensor center, double radius, Generator generator, Device device, ScalarType dtype)
    {
        CheckBall(count, length, center, radius);
        using var scope = NewDisposeScope();
        var rho = RandomSource.Uniform(new long[] { count, 1 }, generator, device, dtype).mul_(radius);
        return Around(center, rho, count, length, generator, device, dtype).MoveToOuterDisposeScope();
    }

    /// <summary>Points [count, length] uniform on the sphere |c − <paramref name="center"/>| = <paramref name="radius"/>.</summary>
    public static Tensor UniformSphere(int count, int length, Tensor center, double radius, Generator generator, Device device, ScalarType dtype)
    {
        CheckBall(count, length, center, radius);
        using var scope = NewDisposeScope();
        var rho = full(new long[] { count, 1 }, radius, dtype: dtype, device: device);
        return Around(center, rho, count, length, generator, device, dtype).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Points [count, length]: <paramref name="mean"/> + <paramref name="std"/>·N(0, 1), independent components. Mean and
    /// standard deviation are tensors broadcastable to [count, length]: 0-d, [length], [count, 1] (one value per point, e.g.
    /// sqrt(2t) from the time column drawn before) or [count, length]. A standard deviation of 0 is a point mass; its sign
    /// is not checked (that would need a host synchronisation) and does not change the law.
    /// </summary>
    public static Tensor Normal(int count, int length, Tensor mean, Tensor std, Generator generator, Device device, ScalarType dtype)
    {
        CheckShape(count, length);
        CheckBroadcastable(mean, count, length, nameof(mean));
        CheckBroadcastable(std, count, length, nameof(std));
        using var scope = NewDisposeScope();
        var z = RandomSource.Normal(new long[] { count, length }, generator, device, dtype);
        return z.mul_(On(std, device, dtype)).add_(On(mean, device, dtype)).MoveToOuterDisposeScope();
    }

    // center + rho·(uniform direction): a standard normal vector divided by its length is uniform on the unit sphere.
    private static Tensor Around(Tensor center, Tensor rho, int count, int length, Generator generator, Device device, ScalarType dtype)
    {
        var z = RandomSource.Normal(new long[] { count, length }, generator, device, dtype);
        // The clamp only matters for an all-zero draw (probability 0 in exact arithmetic; possible at n = 1 in float32).
        var norm = z.norm(1, keepdim: true).clamp_min_(1e-30);
        return z.div_(norm).mul_(rho).add_(On(center, device, dtype));
    }

    private static Tensor On(Tensor t, Device device, ScalarType dtype) => t.to(dtype).to(device);

    private static void CheckShape(int count, int length)
    {
        if (count < 0) throw new ArgumentException($"The number of points must not be negative; got {count}.", nameof(count));
        if (length < 1) throw new ArgumentException($"A coordinate's length must be at least 1; got {length}.", nameof(length));
    }

    private static void CheckBall(int count, int length, Tensor center, double radius)
    {
        CheckShape(count, length);
        if (!(radius > 0) || !double.IsFinite(radius))
            throw new ArgumentException($"A ball or sphere needs a positive finite radius; got {radius}.", nameof(radius));
        CheckBroadcastable(center, count, length, nameof(center));
    }

    // Shapes only (host metadata): a tensor of at most 2 dims whose trailing sizes are 1 or match [count, length].
    private static void CheckBroadcastable(Tensor t, int count, int length, string name)
    {
        ArgumentNullException.ThrowIfNull(t, name);
        var shape = t.shape;
        long[] target = { count, length };
        bool ok = shape.Length <= 2 && shape.Reverse().Zip(target.Reverse(), (s, n) => s == 1 || s == n).All(b => b);
        if (!ok)
            throw new ArgumentException(
                $"The law's argument '{name}' has shape [{string.Join(", ", shape)}], which does not broadcast to the points' shape [{count}, {length}]: use a scalar, [{length}], [{count}, 1] or [{count}, {length}].",
                name);
    }
}
