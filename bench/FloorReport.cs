using System.Collections.Generic;

namespace PdeDsl.Bench;

/// <summary>The floor section of the JSON: matrix-product rates, the floors by row count, and each Stein row against its floor.</summary>
internal sealed record FloorReport(double MatmulSquareGflops, IReadOnlyList<FloorReport.Floor> Floors, IReadOnlyList<FloorReport.SteinOverFloor> PerRow)
{
    /// <summary>A bare forward+backward over <c>Rows</c> rows of width 100, in the step's chunks; OnePassMs: as one chunk.</summary>
    public sealed record Floor(long Rows, string Chunks, double Ms, double MsMin, double CpuMs, double OnePassMs, double MatmulRowsGflops, double TanhMs);

    /// <summary>One Stein row over its floor, and its matrix-product FLOP rate.</summary>
    public sealed record SteinOverFloor(int Dim, int Samples, int ValueSamples, long Rows, double SteinMs, double FloorMs, double OverFloor,
        double CpuOverFloor, double GflopPerStep, double GflopPerSecond);
}
