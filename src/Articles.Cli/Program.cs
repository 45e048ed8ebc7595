return Articles.Cli.CommandLine.Run(args, Console.Out, Console.Error);
