using AngleSharp.Html.Parser;
using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Page;

/// <summary>Builds a <see cref="PageContext"/> from an inline HTML fixture.</summary>
internal static class TestPages
{
    public static PageContext Parse(string html, string? sourceUrl = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var hints = new ExtractionHints(SourceUrl: sourceUrl is null ? null : new Uri(sourceUrl));
        return new PageContext(document, hints, new DecodedHtml(html, "utf-8", "detected"));
    }
}
