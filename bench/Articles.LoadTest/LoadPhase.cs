using System.Diagnostics;

namespace Articles.LoadTest;

/// <summary>Runs one request kind with N concurrent clients until the count or the time limit is reached.</summary>
public static class LoadPhase
{
    /// <summary>Returns the wall time of the phase.</summary>
    /// <param name="send">Sends request number i and returns null on success or an error kind.</param>
    public static async Task<TimeSpan> RunAsync(
        int clients, int count, TimeSpan limit, Func<int, Task<(string? Error, LatencyLog Log)>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var next = -1;
        var clock = Stopwatch.StartNew();

        async Task Client()
        {
            while (clock.Elapsed < limit)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    return;
                }

                var start = Stopwatch.GetTimestamp();
                string? error;
                LatencyLog log;
                try
                {
                    (error, log) = await send(i).ConfigureAwait(false);
                }
                catch (HttpRequestException e)
                {
                    (error, log) = (e.GetType().Name, LatencyLog.Unknown);
                }
                catch (TaskCanceledException)
                {
                    (error, log) = ("timeout", LatencyLog.Unknown);
                }

                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (error is null)
                {
                    log.Ok(ms);
                }
                else
                {
                    log.Failed(ms, error);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Client))).ConfigureAwait(false);
        return clock.Elapsed;
    }
}
