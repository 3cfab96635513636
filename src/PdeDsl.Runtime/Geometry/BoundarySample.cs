using System.Collections.Generic;
using static TorchSharp.torch;

namespace PdeDsl;

/// <summary>Points on a region's boundary [N, d], the outward unit normal at each [N, d], and the shape each lies on [N] (an index into <see cref="Names"/>).</summary>
public sealed record BoundarySample(Tensor Points, Tensor Normals, Tensor Pieces, IReadOnlyList<string> Names);
