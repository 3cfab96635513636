using System;
using static TorchSharp.torch;

namespace PdeDsl.Samples.EstimatorAblation;

/// <summary>
/// Reference values of ∇u and Δu for u = E f(x+δ) of an <see cref="Mlp"/>, independent of Stein's identity:
/// ∇u = E ∇f(x+δ) and Δu = E Δf(x+δ), with ∇f by back-propagation and Δf exact by the network's forward
/// Laplacian, averaged in float64 over many antithetic pairs ±δ (the pair mean is still unbiased and
/// cancels the odd part of the noise). Also returns each value's standard error, from the spread of the pairs.
/// </summary>
public static class AblationOracle
{
    /// <summary>The oracle at points [P, D] (float64 network and points) from <paramref name="pairs"/> pairs, <paramref name="chunk"/> pairs at a time.</summary>
    public static (Tensor Gradient, Tensor Laplacian, Tensor GradientError, Tensor LaplacianError) Compute(
        Mlp network, Tensor points, double sigma, int pairs, int chunk, Generator generator)
    {
        long p = points.shape[0], d = points.shape[1];
        var gradSum = zeros(p, d, dtype: ScalarType.Float64, device: points.device);
        var gradSquares = zeros(p, d, dtype: ScalarType.Float64, device: points.device);
        var lapSum = zeros(p, dtype: ScalarType.Float64, device: points.device);
        var lapSquares = zeros(p, dtype: ScalarType.Float64, device: points.device);
        for (int done = 0; done < pairs; done += chunk)
        {
            using var scope = NewDisposeScope();
            int b = Math.Min(chunk, pairs - done);
            var delta = randn(new long[] { b, d }, dtype: ScalarType.Float64, generator: generator).to(points.device).mul(sigma);
            var shifted = cat(new[] { points.unsqueeze(1) + delta, points.unsqueeze(1) - delta }, 1)   // [P, 2B, D]
                .reshape(p * 2 * b, d).requires_grad_(true);
            var f = network.forward(shifted);
            var grad = autograd.grad(new[] { f.sum() }, new[] { shifted })[0].detach().reshape(p, 2, b, d).mean(new long[] { 1 });
            Tensor lap;
            using (no_grad())
                lap = network.ForwardLaplacian(shifted.detach()).reshape(p, 2, b).mean(new long[] { 1 });
            gradSum.add_(grad.sum(1));
            gradSquares.add_(grad.square().sum(1));
            lapSum.add_(lap.sum(1));
            lapSquares.add_(lap.square().sum(1));
        }
        var gradMean = gradSum / pairs;
        var lapMean = lapSum / pairs;
        var gradError = ((gradSquares / pairs - gradMean.square()).clamp_min(0) / pairs).sqrt();
        var lapError = ((lapSquares / pairs - lapMean.square()).clamp_min(0) / pairs).sqrt();
        return (gradMean, lapMean, gradError, lapError);
    }
}
