using Articles.Extraction.Model;

namespace Articles.Extraction.Tests.Dates;

/// <summary>Runs the extractor over a page under Fixtures/Dates or an inline HTML string.</summary>
internal static class DateFixtures
{
    public static readonly DateTimeOffset DefaultNow = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static ArticleMetadata ExtractFile(string name, DateTimeOffset? now = null, string? url = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Dates", name);
        return ArticleExtractor.Extract(File.ReadAllBytes(path), Hints(now, url));
    }

    public static ArticleMetadata ExtractHtml(string html, DateTimeOffset? now = null, string? url = null) =>
        ArticleExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(html), Hints(now, url));

    /// <summary>A minimal page: a headline and, below it, the given byline and body.</summary>
    public static string Page(string lang, string byline, string body = "<p>Text of the article.</p>") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>T</title></head>"
        + $"<body><article><h1>Headline of the article</h1><div class=\"byline\">{byline}</div>{body}</article></body></html>";

    private static ExtractionHints Hints(DateTimeOffset? now, string? url) =>
        new(SourceUrl: url is null ? null : new Uri(url), ReferenceTime: now ?? DefaultNow);
}
