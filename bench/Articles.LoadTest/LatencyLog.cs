using System.Collections.Concurrent;

namespace Articles.LoadTest;

/// <summary>Latencies and failures of one kind of request, shared by the concurrent clients.</summary>
public sealed class LatencyLog(string name)
{
    private readonly ConcurrentBag<double> latencies = [];
    private readonly ConcurrentDictionary<string, int> errors = new(StringComparer.Ordinal);

    /// <summary>Where failures land that happened before the request kind was known.</summary>
    public static LatencyLog Unknown { get; } = new("transport");

    public string Name { get; } = name;

    public int Count => latencies.Count;

    public int Errors => errors.Values.Sum();

    public IReadOnlyDictionary<string, int> ErrorKinds => errors;

    public void Ok(double ms) => latencies.Add(ms);

    public void Failed(double ms, string kind)
    {
        latencies.Add(ms);
        errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    public double Percentile(double p)
    {
        var sorted = latencies.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
