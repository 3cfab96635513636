namespace PdeDsl.Samples.EstimatorAblation;

/// <summary>One point of Figure 4: the mean L1 error of one estimator of one derivative at K noise vectors.</summary>
public sealed record AblationRow(string Estimator, string Derivative, int Samples, double L1Error);
