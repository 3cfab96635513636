namespace PdeDsl;

/// <summary>How the K noise vectors are drawn for a batch of N points.</summary>
public enum NoiseMode
{
    /// <summary>
    /// One set of K vectors for the whole batch. Each point's estimate stays unbiased with the same
    /// variance, and the first layer costs N·D·h + K·D·h instead of N·K·D·h (W(x+δ) = Wx + Wδ).
    /// </summary>
    Shared,
    /// <summary>K independent vectors for each point: errors are independent across points, the first layer costs N·K·D·h.</summary>
    PerPoint,
}
