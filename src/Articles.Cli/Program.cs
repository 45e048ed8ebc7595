using System.Text;

// Pages are mostly Cyrillic: write UTF-8 whatever the terminal's locale says.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Articles.Cli.CommandLine.Run(args, Console.Out, Console.Error);
