using System.Linq;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>Input columns of a tensor by index, shared by the Stein and directional backends.</summary>
internal static class ColumnSelection
{
    /// <summary>
    /// <paramref name="t"/> restricted to <paramref name="columns"/> along <paramref name="dim"/>: a view, not a copy, when they
    /// are one ascending run (the usual x block), else an index_select.
    /// </summary>
    public static Tensor Of(Tensor t, long dim, int[] columns)
    {
        bool run = columns.Length > 0 && columns.Select((c, i) => c == columns[0] + i).All(same => same);
        return run
            ? t.narrow(dim, columns[0], columns.Length)
            : t.index_select(dim, tensor(columns.Select(c => (long)c).ToArray(), device: t.device));
    }
}
