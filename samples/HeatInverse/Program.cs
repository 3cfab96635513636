using System;
using System.Globalization;
using System.IO;
using PdeDsl;
using Samples.HeatInverse;

// the second edition (docs/language.md): recover the diffusivity kappa of u_t = kappa*u_xx from observations of u (heat-inverse.pde).
// `data [--noise 0.01] [--grid 21] [--seed 1] [--out heat.csv]` writes the observations from the exact solution with
// kappa = 0.1; training writes the noise-free file first when there is none.
if (args.Length > 0 && args[0] == "data") return DataCommand(args[1..]);
if (!File.Exists("heat.csv") && !Array.Exists(args, a => a is "--data" or "--help" or "-h" or "-?" or "eval"))
{
    HeatData.Write("heat.csv", 21, 0, 1);
    Console.WriteLine("Wrote heat.csv (21x21 points of the exact solution with kappa = 0.1, no noise).");
}

return PdeApp.Run(new HeatInverse(), args, new PdeAppOptions
{
    Description = "Learns kappa in u_t = kappa*u_xx, u(0,x) = sin(pi x), u = 0 on x = 0, 1, from observations of u in heat.csv (made with kappa = 0.1). "
        + "First argument 'data' writes heat.csv: data [--noise 0.01] [--grid 21] [--seed 1] [--out heat.csv].",
    Defaults = Defaults,
    AfterTraining = outcome =>
    {
        double kappa = outcome.Trainer.Problem.Params["kappa"];
        double error = kappa / HeatData.TrueKappa - 1;
        outcome.Report["kappaTrue"] = HeatData.TrueKappa;
        outcome.Report["kappaRelativeError"] = TrainingReport.Number(error);
        outcome.Summary.Add(new("kappa vs true 0.1", (error * 100).ToString("+0.00;-0.00", CultureInfo.InvariantCulture) + " %"));
    },
});

static int DataCommand(string[] args)
{
    double noise = 0;
    int grid = 21, seed = 1;
    string output = "heat.csv";
    try
    {
        for (int k = 0; k < args.Length; k++)
        {
            string Next() => k + 1 < args.Length ? args[++k] : throw new ArgumentException($"{args[k]} needs a value.");
            switch (args[k])
            {
                case "--noise": noise = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--grid": grid = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--out": output = Next(); break;
                default: throw new ArgumentException($"unknown option '{args[k]}'; data takes --noise, --grid, --seed and --out.");
            }
        }
        HeatData.Write(output, grid, noise, seed);
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return PdeApp.UsageError;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {output}: {grid}x{grid} points of the exact solution with kappa = {HeatData.TrueKappa}, noise {noise} (standard deviation, max|u| = 1)."));
    return 0;
}

public partial class Program
{
    // Measured on 2 CPU cores (README, docs/training.md): a 2-input problem, where autograd's exact derivatives are cheap
    // (300 steps/s) and recover kappa to 0.1%; the Stein backend at K = 32 or 128 did not fit the data in the steps measured.
    private static TrainingOptions Defaults => new()
    {
        Steps = 6000,
        Backend = BackendKind.Autograd,
        HiddenLayers = 3,
        HiddenWidth = 64,
        ValidateEvery = 500,
    };
}
