using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A PDE problem as the generator emits it (or as written by hand): the input layout, the dims and
/// params a run may change, the terms of the loss (the pde and each condition), each with its
/// sampler, derivative request and residual, and the exact solution when there is one.
/// </summary>
public interface IPdeProblem
{
    /// <summary>The problem's name as written after <c>problem</c> (or the class name).</summary>
    string Name { get; }

    /// <summary>The coordinates in input order; their lengths follow the current dims.</summary>
    IReadOnlyList<CoordinateInfo> Coordinates { get; }

    /// <summary>The network's input width: the sum of the coordinates' lengths.</summary>
    int InputDimension { get; }

    /// <summary>Current values of the dims, by name.</summary>
    IReadOnlyDictionary<string, int> Dims { get; }

    /// <summary>Current values of the params, by name.</summary>
    IReadOnlyDictionary<string, double> Params { get; }

    /// <summary>Sets a dim; an ArgumentException names the known dims if <paramref name="name"/> is not one.</summary>
    void SetDim(string name, int value);

    /// <summary>Sets a param; an ArgumentException names the known params if <paramref name="name"/> is not one.</summary>
    void SetParam(string name, double value);

    /// <summary>The loss terms: the pde equation(s) first, then the conditions, for the current dims.</summary>
    IReadOnlyList<ProblemTerm> Terms { get; }

    /// <summary>Draws <paramref name="count"/> points [count, D] where term <paramref name="term"/> holds.</summary>
    Tensor Sample(int term, int count, Generator generator, Device device, ScalarType dtype);

    /// <summary>The residual [N] of term <paramref name="term"/> (zero where the equation holds).</summary>
    Tensor Residual(int term, Tensor points, DerivativeResult derivatives);

    /// <summary>Whether <see cref="ExactSolution"/> is available.</summary>
    bool HasExactSolution { get; }

    /// <summary>The exact solution [N] at <paramref name="points"/> [N, D]; throws NotSupportedException when there is none.</summary>
    Tensor ExactSolution(Tensor points);

    /// <summary>
    /// The solution u [N] at <paramref name="points"/> from the network's (smoothed) value [N] there: the ansatz
    /// <c>u = A + B*net</c> or <c>u = exp(net)</c> when the problem has one, the network's value itself otherwise.
    /// </summary>
    Tensor Solution(Tensor points, Tensor network) => network;

    /// <summary>
    /// The seed the vector params drawn from a law (<c>param c[n] ~ normal(m, s)</c>) are drawn from: the train command sets
    /// it to the run's <c>--seed</c> before training. Problems without such params ignore it.
    /// </summary>
    long ParamSeed { get => 0; set { } }

    /// <summary>Current values of the vector params (<c>param c[n] ...</c>), by name; none by default.</summary>
    IReadOnlyDictionary<string, double[]> VectorParams => new Dictionary<string, double[]>();

    /// <summary>Sets a vector param's values (a checkpoint's); an ArgumentException when it has none of that name or length.</summary>
    void SetVectorParam(string name, double[] values) =>
        throw new System.ArgumentException($"The problem {Name} has no vector param '{name}'.", nameof(name));
}
