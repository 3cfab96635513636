using System;
using System.Linq;
using PdeDsl;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace PdeDsl.Distributed.Tests;

/// <summary>The all-reduce step of data-parallel training against one process that sees the whole batch.</summary>
public sealed class GradientAveragingTests
{
    private static Mlp Network() => new(2, width: 8, depth: 2, seed: 5, precision: Precision.Float64);

    private static Tensor Loss(Mlp network, Tensor x) => (network.forward(x).squeeze(-1) - sin(x[.., 0]) * x[.., 1]).square().mean();

    private static Tensor[] Gradients(Mlp network) => network.parameters().Select(p => p.grad!.detach().clone()).ToArray();


    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Averaged_gradients_of_equal_shards_equal_the_gradient_of_their_union(int ranks)
    {
        const int perRank = 17;
        var generator = new Generator(11);
        var x = rand(ranks * perRank, 2, dtype: ScalarType.Float64, generator: generator) * 2 - 1;

        using var union = Network();
        var unionLoss = Loss(union, x);
        unionLoss.backward();
        var expected = Gradients(union);

        var shards = Enumerable.Range(0, ranks).Select(_ => Network()).ToArray();
        var losses = new double[ranks];
        for (int r = 0; r < ranks; r++)
        {
            var loss = Loss(shards[r], x.narrow(0, r * perRank, perRank));
            loss.backward();
            losses[r] = loss.item<double>();
        }
        // A shard's gradient alone is not the union's: the test would notice if averaging were skipped.
        Assert.False(Gradients(shards[0]).Zip(expected).All(pair => pair.First.allclose(pair.Second, rtol: 1e-9, atol: 1e-12)));

        var group = new InMemoryGroup(ranks);
        var agreed = InMemoryGroup.OnEveryRank(ranks, r => new GradientAverager(group.Member(r), shards[r].parameters()).Average(losses[r], stopRequested: false));

        foreach (var shard in shards)
            foreach (var (got, want) in Gradients(shard).Zip(expected))
                Assert.True(got.allclose(want, rtol: 1e-10, atol: 1e-13), $"max difference {(got - want).abs().max().item<double>():E3}");
        foreach (var a in agreed)
        {
            Assert.Equal(unionLoss.item<double>(), a.MeanLoss, 12);
            Assert.False(a.Stop);
        }
    }

    [Fact]
    public void One_rank_asked_to_stop_or_with_a_non_finite_loss_is_seen_by_every_rank()
    {
        var networks = new[] { Network(), Network() };
        foreach (var n in networks) Loss(n, ones(4, 2, dtype: ScalarType.Float64)).backward();
        var group = new InMemoryGroup(2);
        var agreed = InMemoryGroup.OnEveryRank(2, r => new GradientAverager(group.Member(r), networks[r].parameters()).Average(r == 0 ? 1.0 : double.NaN, stopRequested: r == 1));
        Assert.All(agreed, a => Assert.True(a.Stop));
        Assert.All(agreed, a => Assert.True(double.IsNaN(a.MeanLoss)));
    }

    [Fact]
    public void The_buffer_holds_every_gradient_plus_the_loss_and_the_stop_flag_in_the_parameters_precision()
    {
        using var network = new Mlp(3, width: 5, depth: 2, seed: 1);
        long elements = network.parameters().Sum(p => p.numel());
        Assert.Equal((3 * 5 + 5) + (5 * 5 + 5) + (5 + 1), elements);
        Assert.Equal((elements + 2) * 4, new GradientAverager(new SingleProcessCommunicator(), network.parameters()).BytesPerStep);
        using var wide = Network();
        Assert.Equal((2 * 8 + 8) + (8 * 8 + 8) + (8 + 1), wide.parameters().Sum(p => p.numel()));
        Assert.Equal(((2 * 8 + 8) + (8 * 8 + 8) + (8 + 1) + 2) * 8, new GradientAverager(new SingleProcessCommunicator(), wide.parameters()).BytesPerStep);
    }

    [Fact]
    public void Checksums_are_equal_for_equal_weights_and_differ_when_one_weight_moves_by_one_ulp()
    {
        using var a = new Mlp(2, width: 4, depth: 2, seed: 3);
        using var b = new Mlp(2, width: 4, depth: 2, seed: 3);
        Assert.Equal(ReplicaChecksum.Of(a.parameters()), ReplicaChecksum.Of(b.parameters()));
        using (no_grad())
        {
            var w = b.parameters().First();
            float v = w[0, 0].item<float>();
            w[0, 0] = MathF.BitIncrement(v);
        }
        Assert.NotEqual(ReplicaChecksum.Of(a.parameters()), ReplicaChecksum.Of(b.parameters()));
        string checksum = ReplicaChecksum.Of(a.parameters());
        Assert.Equal(checksum, ReplicaChecksum.FromNumber(ReplicaChecksum.AsNumber(checksum)));
    }
}
