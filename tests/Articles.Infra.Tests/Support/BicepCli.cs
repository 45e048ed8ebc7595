using System.Diagnostics;

namespace Articles.Infra.Tests.Support;

/// <summary>What one Bicep CLI run printed. Bicep writes every diagnostic (warning or error) to stderr.</summary>
internal sealed record BicepRun(int ExitCode, string Output, string Diagnostics);

internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static BicepRun Run(params string[] arguments)
    {
        var bicep = InfraPaths.Bicep;
        if (!File.Exists(bicep))
        {
            throw new FileNotFoundException(
                "The Bicep CLI was not restored; run dotnet restore (package Azure.Bicep.CommandLine.linux-x64, Linux x64 only).", bicep);
        }

        EnsureExecutable(bicep);
        var start = new ProcessStartInfo(bicep)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = InfraPaths.RepoRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {bicep}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took longer than {Timeout}.");
        }

        return new BicepRun(process.ExitCode, output.GetAwaiter().GetResult(), diagnostics.GetAwaiter().GetResult());
    }

    /// <summary>Package extraction does not always keep the execute bit of the native binary.</summary>
    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
    }
}
