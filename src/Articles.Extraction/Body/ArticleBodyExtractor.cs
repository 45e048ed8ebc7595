using Articles.Extraction.Page;

namespace Articles.Extraction.Body;

/// <summary>Isolates the article's own text. STUB: every &lt;p&gt; for now; boilerplate removal lands here.</summary>
public static class ArticleBodyExtractor
{
    public static ArticleBody Extract(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var paragraphs = page.Document.QuerySelectorAll("p")
            .Select(p => string.Join(' ', p.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .Select(t => new BodyParagraph(t, []))
            .ToList();
        return new ArticleBody(paragraphs);
    }
}
