using AngleSharp.Html.Parser;
using Articles.Extraction.Page;

namespace Articles.Extraction.Tests;

/// <summary>Builds a <see cref="PageContext"/> from an inline HTML string, the way the extractor does.</summary>
internal static class TestPage
{
    public static PageContext Parse(string html, Uri? sourceUrl = null)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        return new PageContext(document, new ExtractionHints(SourceUrl: sourceUrl), new DecodedHtml(html, "utf-8", "detected"));
    }
}
