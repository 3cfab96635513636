using System;

namespace PdeDsl;

/// <summary>
/// The solution built around the network, as the <c>ansatz</c> statement without its keyword:
/// <c>[Ansatz("u = (1 - |x|^2)*net")]</c> (<c>net</c> is the smoothed network; the form is <c>u = A + B*net</c> or another formula of net, such as <c>u = exp(net)</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AnsatzAttribute : Attribute
{
    /// <summary>Declares the ansatz <paramref name="ansatz"/>, as in <c>u = (1 - |x|^2)*net</c>.</summary>
    public AnsatzAttribute(string ansatz) => Ansatz = ansatz;

    /// <summary>The ansatz as written.</summary>
    public string Ansatz { get; }
}
