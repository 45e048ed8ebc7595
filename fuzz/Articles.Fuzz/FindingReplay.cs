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
            TimeSpan elapsed;
            try
            {
                // The first run pays for compiling the code paths this input reaches, and a busy machine can stall
                // any one run: the fastest of three later runs is the input's own time.
                ExtractorTarget.Run(page);
                elapsed = TimeSpan.MaxValue;
                for (var i = 0; i < 3; i++)
                {
                    var watch = Stopwatch.StartNew();
                    ExtractorTarget.Run(page);
                    elapsed = watch.Elapsed < elapsed ? watch.Elapsed : elapsed;
                }
            }
#pragma warning disable CA1031 // Any exception at all is the finding being reported.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                output.WriteLine($"THROWS {file}\n{e}");
                continue;
            }

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
