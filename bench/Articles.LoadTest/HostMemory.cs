namespace Articles.LoadTest;

/// <summary>Samples the host process's resident set (its working set on Linux) and keeps the peak.</summary>
public sealed class HostMemory(int pid) : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private long peakBytes;
    private Task? sampler;

    public long PeakBytes => Math.Max(Interlocked.Read(ref peakBytes), KernelPeak() ?? 0);

    public void Start() => sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            if (Current() is { } now && now > Interlocked.Read(ref peakBytes))
            {
                Interlocked.Exchange(ref peakBytes, now);
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    });

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            sampler?.Wait(TimeSpan.FromSeconds(1));
        }
        catch (AggregateException)
        {
            // The sampler only ends by cancellation.
        }

        stop.Dispose();
    }

    private long? Current()
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.WorkingSet64;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Linux keeps the high-water mark of the resident set (VmHWM), which catches peaks between samples.
    private long? KernelPeak()
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kb, out var v) ? v * 1024 : null;
    }
}
