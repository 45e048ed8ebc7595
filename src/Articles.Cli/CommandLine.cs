using Articles.Cli.Eval;
using Articles.Cli.Extract;
using Articles.Extraction;

namespace Articles.Cli;

/// <summary>Entry point of the `articles` command: picks the verb; each verb lives in its own folder.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0)
        {
            return Usage.Fail(stderr, "no command given");
        }

        var rest = args[1..];
        if (rest.TakeWhile(a => a != "--").Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(Usage.Text);
            return 0;
        }

        switch (args[0])
        {
            case "extract":
                return ExtractCommand.Run(rest, stdout, stderr);
            case "eval":
                return EvalCommand.Run(rest, stdout, stderr);
            case "--help" or "-h" or "help":
                stdout.WriteLine(Usage.Text);
                return 0;
            case "--version":
                stdout.WriteLine($"articles {ArticleExtractor.Version}");
                return 0;
            default:
                return Usage.Fail(stderr, $"unknown command {args[0]}");
        }
    }
}
