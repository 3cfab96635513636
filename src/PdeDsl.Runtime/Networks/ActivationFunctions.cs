using System;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>φ, φ′ and φ″ of each <see cref="Activation"/>, as tensor functions, and its command-line spelling.</summary>
public static class ActivationFunctions
{
    /// <summary>φ(z), elementwise.</summary>
    public static Tensor Apply(Activation activation, Tensor z) => activation switch
    {
        Activation.Tanh => z.tanh(),
        Activation.Sine => z.sin(),
        Activation.Softplus => nn.functional.softplus(z),
        Activation.Sigmoid => z.sigmoid(),
        Activation.Relu => nn.functional.relu(z),
        _ => throw new ArgumentException($"Unknown activation {activation}.", nameof(activation)),
    };

    /// <summary>
    /// φ(z) written over z where back-propagation needs only φ's output (tanh, sigmoid, relu), else a new tensor as
    /// <see cref="Apply"/>. Only for a z nothing else reads, such as a layer's fresh output: it saves one activation-sized
    /// tensor per layer, which at the Stein batch sizes is tens of megabytes.
    /// </summary>
    public static Tensor ApplyInPlace(Activation activation, Tensor z) => activation switch
    {
        Activation.Tanh => z.tanh_(),
        Activation.Sigmoid => z.sigmoid_(),
        Activation.Relu => z.relu_(),
        _ => Apply(activation, z),
    };

    /// <summary>(φ′(z), φ″(z)), used by the forward Laplacian.</summary>
    public static (Tensor First, Tensor Second) Derivatives(Activation activation, Tensor z)
    {
        switch (activation)
        {
            case Activation.Tanh:
                {
                    var t = z.tanh();
                    var d1 = 1 - t * t;
                    return (d1, -2 * t * d1);
                }
            case Activation.Sine:
                return (z.cos(), -z.sin());
            case Activation.Softplus:
                {
                    var s = z.sigmoid();
                    return (s, s * (1 - s));
                }
            case Activation.Sigmoid:
                {
                    var s = z.sigmoid();
                    var d1 = s * (1 - s);
                    return (d1, d1 * (1 - 2 * s));
                }
            case Activation.Relu:
                return ((z > 0).to_type(z.dtype), zeros_like(z));
            default:
                throw new ArgumentException($"Unknown activation {activation}.", nameof(activation));
        }
    }

    /// <summary>Parses tanh, sin/sine, softplus, sigmoid or relu (any case).</summary>
    public static Activation Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "tanh" => Activation.Tanh,
        "sin" or "sine" => Activation.Sine,
        "softplus" => Activation.Softplus,
        "sigmoid" => Activation.Sigmoid,
        "relu" => Activation.Relu,
        _ => throw new ArgumentException($"Unknown activation '{text}': expected tanh, sine, softplus, sigmoid or relu.", nameof(text)),
    };
}
