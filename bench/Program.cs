using System;
using PdeDsl.Bench;

return BenchCommand.Run(args, Console.Out, Console.Error);
