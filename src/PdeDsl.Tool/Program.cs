return PdeDsl.Tool.ToolApp.Run(args, System.Console.Out, System.Console.Error);
