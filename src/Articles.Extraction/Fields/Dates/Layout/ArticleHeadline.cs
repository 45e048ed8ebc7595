using AngleSharp.Dom;

namespace Articles.Extraction.Fields.Dates.Layout;

/// <summary>The element holding the article's own headline: where its byline dates sit close by.</summary>
internal static class ArticleHeadline
{
    public static IElement? Find(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // An h1 repeating the page's title is the headline, wherever the template put it (a header above the
        // article container, whose own h1s may be a media box's or a section's).
        var h1s = document.QuerySelectorAll("h1").Where(h => h.TextContent.Trim().Length > 0).ToList();
        var titles = h1s.Count == 0 ? default : PageTitles(document);
        var titled = h1s.FirstOrDefault(h => !OffArticleRegions.Contains(h, null) && RepeatsTitle(titles, h));
        if (titled is not null)
        {
            return titled;
        }

        // An h1 inside the article container wins over a site-logo h1 in the masthead.
        var inArticle = h1s.FirstOrDefault(h => h.Closest("article, main, [role=main]") is not null
            && !OffArticleRegions.Contains(h, null));
        if (inArticle is not null)
        {
            return inArticle;
        }

        var h1 = h1s.FirstOrDefault(h => !OffArticleRegions.Contains(h, null) && h.Closest("header") is null)
            ?? h1s.FirstOrDefault(h => !OffArticleRegions.Contains(h, null));
        if (h1 is not null)
        {
            return h1;
        }

        // Blogs title posts with h2/h3: the heading that repeats the page's og:title, or one marked as the title.
        // Lesser headings outside an article container are as likely section or teaser titles.
        return HeadingMatchingTitle(document)
            ?? document.QuerySelector("[itemprop=headline], .entry-title, .post-title, .article-title")
            ?? document.QuerySelector("article h2, main h2");
    }

    /// <summary>The page's &lt;title&gt; and og:title, whitespace collapsed: read once, compared with every h1.</summary>
    private static (string Title, string OgTitle) PageTitles(IDocument document) =>
        (Collapse(document.Title ?? string.Empty),
            Collapse(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? string.Empty));

    private static bool RepeatsTitle((string Title, string OgTitle) titles, IElement heading)
    {
        var text = Collapse(heading.TextContent);
        return string.Equals(text, titles.Title, StringComparison.OrdinalIgnoreCase)
            || (titles.OgTitle.Length > 0 && string.Equals(text, titles.OgTitle, StringComparison.OrdinalIgnoreCase));
    }

    private static IElement? HeadingMatchingTitle(IDocument document)
    {
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        return document.QuerySelectorAll("h2, h3")
            .FirstOrDefault(h => string.Equals(Collapse(h.TextContent), Collapse(title), StringComparison.OrdinalIgnoreCase));
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The article container around the headline, or, lacking one, the headline's grandparent.</summary>
    public static IElement? Scope(IDocument document, IElement? headline)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (headline is null)
        {
            return document.QuerySelector("article, main, [role=main]") ?? document.Body;
        }

        return headline.Closest("article, main, [role=main], [itemtype*=Article]")
            ?? headline.ParentElement?.ParentElement
            ?? document.Body;
    }
}
