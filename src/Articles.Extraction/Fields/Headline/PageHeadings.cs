using AngleSharp.Dom;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The article's main heading, and whether it is clearly the article's (see <see cref="PageHeadings.Main"/>).</summary>
/// <param name="Text">The heading text, folded.</param>
/// <param name="Clear">True when it sits in an article element or is the page's only h1 (not a link, e.g. a logo).</param>
internal sealed record MainHeading(string Text, bool Clear);

/// <summary>The page's visible headings that metadata headlines are checked against: the main h1 and the title.</summary>
internal static class PageHeadings
{
    private const int MaxHeadingLength = 400;

    /// <summary>How far up a breadcrumb class or item type is looked for.</summary>
    private const int MaxBreadcrumbDepth = 6;

    /// <summary>The text of &lt;title&gt; in the head, folded.</summary>
    public static string? Title(PageContext page) => page.Memo("title", ReadTitle);

    private static string? ReadTitle(PageContext page)
    {
        var title = page.Document.Head?.QuerySelector("title") ?? page.Document.QuerySelector("title");
        return CleanText.Fold(title?.TextContent);
    }

    public static string? MainH1(PageContext page) => Main(page)?.Text;

    /// <summary>
    /// The article's h1: the first inside an article or article body, else the one sharing most words with the title,
    /// else the first.
    /// </summary>
    public static MainHeading? Main(PageContext page) => page.Memo("main-h1", ReadMain);

    private static MainHeading? ReadMain(PageContext page)
    {
        var headings = page.Document.QuerySelectorAll("h1")
            .Select(h => (Element: h, Text: CleanText.Fold(HeadingText.Of(h))))
            .Where(h => h.Text is not null && h.Text.Length <= MaxHeadingLength && !IsHomeLink(h.Element) && !InNavigation(h.Element))
            .ToList();
        if (headings.Count == 0)
        {
            return null;
        }

        var inArticle = headings.FirstOrDefault(h => InArticle(h.Element));
        if (inArticle.Text is not null)
        {
            return new MainHeading(inArticle.Text, !IsLink(inArticle.Element));
        }

        if (headings.Count > 1 && Title(page) is { } title)
        {
            var best = headings.MaxBy(h => WordOverlap.Share(h.Text!, title));
            if (WordOverlap.Share(best.Text!, title) > 0)
            {
                return new MainHeading(best.Text!, false);
            }
        }

        return new MainHeading(headings[0].Text!, headings.Count == 1 && !IsLink(headings[0].Element));
    }

    /// <summary>A heading that is only a link to the home page is the site's logo, not a headline.</summary>
    internal static bool IsHomeLink(IElement heading)
    {
        var link = heading.Closest("a") ?? heading.QuerySelector("a");
        if (link is null || link.TextContent.Trim() != heading.TextContent.Trim())
        {
            return false;
        }

        var href = link.GetAttribute("href")?.Trim() ?? "";
        return href is "/" or "./" or "" or "#" || IsSiteRoot(href);
    }

    /// <summary>
    /// An absolute link to a site's root ("https://site.example/"), also when an archive wraps it
    /// ("https://archive.example/web/2014/http://site.example/"): the last embedded address has no path or query.
    /// </summary>
    private static bool IsSiteRoot(string href)
    {
        var scheme = href.LastIndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return false;
        }

        var rest = href[(scheme + 3)..].TrimEnd('/');
        return rest.Length > 0 && rest.IndexOfAny(['/', '?', '#']) < 0;
    }

    /// <summary>
    /// Whether a heading sits in navigation or a breadcrumb trail: some sites mark the last breadcrumb (the current
    /// page) as an h1, while the article's own heading is an h2.
    /// </summary>
    internal static bool InNavigation(IElement element)
    {
        if (element.Closest("nav, [role=navigation]") is not null)
        {
            return true;
        }

        // Only near ancestors: a far list (a page-wide menu) says nothing about the heading.
        var depth = 0;
        for (IElement? e = element; e is not null && e.LocalName is not ("body" or "html") && depth < MaxBreadcrumbDepth; e = e.ParentElement, depth++)
        {
            // A trail is a list; "teaser-breadcrumb" boxes that hold the article's own h1 are not.
            if ((e.LocalName is "ol" or "ul" or "li" && (e.GetAttribute("class") ?? "").Contains("breadcrumb", StringComparison.OrdinalIgnoreCase))
                || (e.GetAttribute("itemtype") ?? "").Contains("BreadcrumbList", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a heading sits in an article element, a main element or the main role.</summary>
    internal static bool InMainContent(IElement element) =>
        element.Closest("article, main, [role=main], [itemprop~=articleBody]") is not null;

    /// <summary>Whether a heading sits in navigation, a footer, a sidebar or a form.</summary>
    internal static bool InChrome(IElement element) =>
        element.Closest("nav, footer, aside, form, [role=navigation], [role=complementary]") is not null;

    private static bool IsLink(IElement heading) =>
        heading.Closest("a") is not null || heading.QuerySelector("a") is { } a && a.TextContent.Trim() == heading.TextContent.Trim();

    private static bool InArticle(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "article"
                || (e.GetAttribute("itemtype") ?? "").Contains("Article", StringComparison.OrdinalIgnoreCase)
                || (e.GetAttribute("itemprop") ?? "").Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
