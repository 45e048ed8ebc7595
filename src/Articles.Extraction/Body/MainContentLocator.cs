using AngleSharp.Dom;
using Articles.Extraction.Page;

namespace Articles.Extraction.Body;

/// <summary>
/// Finds the article's main text region: microdata articleBody, then the element the JSON-LD articleBody text
/// spans, then the best text-density candidate; neighbouring prose blocks (a lead paragraph set outside the body
/// wrapper) join it. Also used by field rules that look "near the article" (bylines).
/// </summary>
public static class MainContentLocator
{
    private const int MinMicrodataLength = 100;

    public static ContentRegion? Locate(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Document.Body is null)
        {
            return null;
        }

        return page.Memo("main-content", Find);
    }

    private static ContentRegion Find(PageContext page)
    {
        var body = page.Document.Body!;
        var scores = ContentScorer.Score(body);

        if (MicrodataBody(page.Document) is { } microdata)
        {
            return new ContentRegion(microdata, SiblingExpansion.Expand(microdata, scores), "itemprop=articleBody");
        }

        if (JsonLdArticleBody.Read(page) is { } text && TextSpanLocator.Find(body, text) is { } spanned
            && spanned != body)
        {
            return new ContentRegion(spanned, [spanned], "jsonld");
        }

        var top = scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value).Key;
        if (top is null || top == body || top.LocalName == "html")
        {
            return new ContentRegion(body, [body], "body");
        }

        return new ContentRegion(top, SiblingExpansion.Expand(top, scores), "scored");
    }

    private static IElement? MicrodataBody(IDocument document) =>
        document.QuerySelectorAll("[itemprop]")
            .Where(e => e.GetAttribute("itemprop")!
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Contains("articleBody", StringComparer.OrdinalIgnoreCase))
            .Select(e => (Element: e, Length: LinkDensity.TextLength(e)))
            .Where(c => c.Length >= MinMicrodataLength)
            .OrderByDescending(c => c.Length)
            .Select(c => c.Element)
            .FirstOrDefault();
}
