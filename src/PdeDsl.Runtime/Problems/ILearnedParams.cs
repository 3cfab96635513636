using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>
/// A problem with learned params (<c>param kappa = 0.5 learn</c>): trainable scalars optimised with the network. The
/// trainer makes a [1] tensor per param, starting at the param's current value, puts it on its optimiser and attaches it;
/// the residuals read the attached tensor (so the loss is differentiable in it) and the trainer writes its value back
/// with <see cref="IPdeProblem.SetParam"/> after every step, so <see cref="IPdeProblem.Params"/> shows the learned value.
/// </summary>
public interface ILearnedParams
{
    /// <summary>The names of the learned params, in declaration order.</summary>
    IReadOnlyList<string> LearnedParams { get; }

    /// <summary>
    /// Makes the residuals read <paramref name="value"/> ([1], on the training device and dtype) for the learned param
    /// <paramref name="name"/>; null detaches it (the residuals read the property again). An ArgumentException names the
    /// learned params when <paramref name="name"/> is not one.
    /// </summary>
    void AttachLearnedParam(string name, Tensor? value);
}
