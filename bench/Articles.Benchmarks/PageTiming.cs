namespace Articles.Benchmarks;

/// <summary>Median milliseconds and allocated bytes of each operation on one page.</summary>
public sealed record PageTiming(
    BenchPage Page,
    double ParseMs,
    double ExtractMs,
    double AttributionMs,
    double SmartReaderMs,
    long ParseBytes,
    long ExtractBytes,
    long SmartReaderBytes)
{
    /// <summary>Filled from the Node run when its results are given.</summary>
    public double? ReadabilityMs { get; init; }
}
