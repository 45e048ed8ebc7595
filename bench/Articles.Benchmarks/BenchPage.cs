namespace Articles.Benchmarks;

/// <summary>One page of the benchmark set: its bytes and the name it is reported under.</summary>
/// <param name="Name">"own/uk-news.html", "corpus/seed/….html", …</param>
/// <param name="Path">The file it was read from (the Node side reads the same file).</param>
/// <param name="Bytes">The page exactly as a client would post it.</param>
public sealed record BenchPage(string Name, string Path, byte[] Bytes)
{
    /// <summary>A stable URL per page, so URL-based rules and SmartReader see the same input every run.</summary>
    public Uri Url { get; } = new("https://bench.example/" + Uri.EscapeDataString(Name));

    public override string ToString() => Name;
}
