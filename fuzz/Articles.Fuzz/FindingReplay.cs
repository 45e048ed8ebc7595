using System.Diagnostics;
using System.Globalization;

namespace Articles.Fuzz;

/// <summary>
/// Replays inputs the fuzzer saved, outside afl-fuzz: says which ones still throw and which are still slow, so a
/// loaded machine's timeouts can be told from real hangs.
/// </summary>
public static class FindingReplay
{
    /// <summary>Well above a small page's normal time (milliseconds), well below afl-fuzz's timeout.</summary>
    public static TimeSpan SlowLimit { get; } = TimeSpan.FromSeconds(1);

    /// <returns>0 when every input returns in time, 1 otherwise.</returns>
    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);

        var failed = 0;
        foreach (var file in files)
        {
            var page = File.ReadAllBytes(file);
            Stopwatch watch;
            try
            {
                // The first run pays for compiling the code paths this input reaches; time the second.
                ExtractorTarget.Run(page);
                watch = Stopwatch.StartNew();
                ExtractorTarget.Run(page);
            }
#pragma warning disable CA1031 // Any exception at all is the finding being reported.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                output.WriteLine($"THROWS {file}\n{e}");
                continue;
            }

            var elapsed = watch.Elapsed;
            var verdict = elapsed > SlowLimit ? "SLOW" : "ok";
            if (elapsed > SlowLimit)
            {
                failed++;
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"{verdict} {elapsed.TotalMilliseconds:F0} ms {page.Length} bytes {file}"));
        }

        return failed == 0 ? 0 : 1;
    }
}
