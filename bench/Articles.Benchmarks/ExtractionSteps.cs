using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Articles.Extraction;
using Articles.Extraction.Attribution;
using Articles.Extraction.Body;
using Articles.Extraction.Model;
using Articles.Extraction.Page;

namespace Articles.Benchmarks;

/// <summary>The measured operations, each on one page's bytes. Shared by BenchmarkDotNet and the per-page timer.</summary>
public static class ExtractionSteps
{
    /// <summary>Fixed "now", so relative dates and future-date checks do the same work every run.</summary>
    public static readonly DateTimeOffset ReferenceTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    public static ExtractionHints Hints(BenchPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ExtractionHints(SourceUrl: page.Url, ReferenceTime: ReferenceTime);
    }

    /// <summary>(a) What any AngleSharp-based extractor pays at least: decode the bytes and build the DOM.</summary>
    public static IDocument Parse(BenchPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var decoded = HtmlDecoder.Decode(page.Bytes, null);
        return new HtmlParser(ParserOptions).ParseDocument(decoded.Text);
    }

    /// <summary>(b) Our full extraction, attribution included.</summary>
    public static ArticleMetadata Extract(BenchPage page, ExtractionHints hints) => ArticleExtractor.Extract(page.Bytes, hints);

    /// <summary>Prepares what attribution works from, exactly as the extractor builds it, outside the timed region.</summary>
    public static AttributionContext PrepareAttribution(BenchPage page, ExtractionHints hints)
    {
        ArgumentNullException.ThrowIfNull(page);
        var decoded = HtmlDecoder.Decode(page.Bytes, hints.ContentType);
        var document = new HtmlParser(ParserOptions).ParseDocument(decoded.Text);
        var context = new PageContext(document, hints, decoded);
        var body = ArticleBodyExtractor.Extract(context);
        var full = ArticleExtractor.Extract(page.Bytes, hints);
        var url = Uri.TryCreate(full.Url, UriKind.Absolute, out var u) ? u : hints.SourceUrl;
        return new AttributionContext(body, full.Language, full.Site, url);
    }

    /// <summary>(c) Attribution alone: sources and officials on a prepared context.</summary>
    public static int Attribution(AttributionContext context) =>
        SourceFinder.Find(context).Count + OfficialFinder.Find(context).Count;

    /// <summary>(d) SmartReader on the same bytes (it decodes and parses them itself).</summary>
    public static SmartReader.Article SmartReaderArticle(BenchPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var stream = new MemoryStream(page.Bytes, writable: false);
        return new SmartReader.Reader(page.Url.AbsoluteUri, stream).GetArticle();
    }
}
