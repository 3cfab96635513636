using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;

namespace PdeDsl;

/// <summary>
/// Loaded by <c>#r "nuget: PdeDsl.Interactive"</c> (the package's interactive-extensions folder): adds a
/// <see cref="PdeKernel"/> to the notebook, so <c>#!pde</c> cells work.
/// </summary>
public sealed class PdeKernelExtension : IKernelExtension
{
    /// <summary>Adds the kernel to <paramref name="kernel"/> when it is the notebook's composite kernel and has none yet.</summary>
    public Task OnLoadAsync(Kernel kernel)
    {
        if (kernel is CompositeKernel composite && composite.FindKernelByName(PdeKernel.DefaultName) is null)
        {
            composite.Add(new PdeKernel());
            if (KernelInvocationContext.Current is { } context) KernelInvocationContextExtensions.Display(context, "PdeDsl is loaded: write a problem in a #!pde cell, then train it with a #!pde cell 'train NAME --steps N'.", "text/plain");
        }
        return Task.CompletedTask;
    }
}
