using Articles.Extraction;

namespace Articles.Fuzz;

/// <summary>
/// What one fuzz input exercises: the extractor over the bytes, then the JSON the API would send back. Any exception
/// that escapes is a bug, since the extractor promises an answer for every input.
/// </summary>
public static class ExtractorTarget
{
    /// <summary>A fixed "now" and page address, so an input behaves the same on every run.</summary>
    public static ExtractionHints Hints { get; } = new(
        ContentType: null,
        SourceUrl: new Uri("https://news.example.com/2024/03/15/city-council-budget.html"),
        ReferenceTime: new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public static string Run(byte[] page)
    {
        var metadata = ArticleExtractor.Extract(page, Hints);
        return ArticleJson.Serialize(metadata);
    }
}
