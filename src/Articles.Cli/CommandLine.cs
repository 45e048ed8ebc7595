namespace Articles.Cli;

/// <summary>Entry point of the `articles` command; the verbs land in their own files.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        stderr.WriteLine("usage: articles extract PATH... | articles eval CORPUS... [--json]");
        return 2;
    }
}
