using System.Diagnostics;
using System.Security.Cryptography;

namespace Articles.Fuzz;

/// <summary>
/// Keeps inputs that took far longer than a page should. afl-fuzz's own timeout must be generous, because it also
/// covers starting and warming a fresh worker process; this catches the slow inputs that stay under it.
/// Candidates only: run.sh replays them on the plain build and fails on those that are still slow.
/// </summary>
public sealed class SlowInputLog
{
    /// <summary>Where run.sh wants the inputs; unset means don't keep any.</summary>
    public const string DirectoryVariable = "ARTICLES_FUZZ_SLOW_DIR";

    /// <summary>A fresh worker compiles the extractor's code paths over its first inputs; those times say
    /// nothing about the inputs.</summary>
    private const int WarmUpInputs = 100;

    private readonly string? directory;
    private int runs;

    private SlowInputLog(string? directory) => this.directory = directory;

    public static SlowInputLog FromEnvironment() =>
        new(Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } dir ? dir : null);

    public void Time(byte[] page, Action run)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(run);
        var watch = Stopwatch.StartNew();
        run();

        runs++;
        if (runs > WarmUpInputs && directory is not null && watch.Elapsed > FindingReplay.SlowLimit)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(page))[..16]), page);
        }
    }
}
