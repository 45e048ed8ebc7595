namespace Articles.Cli.Tests;

/// <summary>Runs the command line in-process and keeps what it wrote.</summary>
internal sealed record Run(int ExitCode, string Stdout, string Stderr)
{
    public static Run Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }

    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
