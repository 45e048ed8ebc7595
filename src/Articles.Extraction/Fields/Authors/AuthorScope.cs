using AngleSharp.Dom;
using Articles.Extraction.Body;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// Where the article's own byline can be: the &lt;article&gt; around the main text, or the smallest block holding
/// both the headline and the text. Author names in comments, teasers and sidebars are other articles' authors.
/// </summary>
internal static class AuthorScope
{
    private static readonly HashSet<string> ForeignBlockWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "comments", "related", "recommended", "recommendations", "teaser", "teasers", "widget",
        "popular", "trending", "feed", "breadcrumb", "breadcrumbs", "newsletter", "promo", "outbrain", "taboola",
        "disqus", "reply", "replies", "respond", "discussion", "similar", "more", "next", "previous", "prev",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignBlockWordLookup = ForeignBlockWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True inside comments, teasers, sidebars, navigation and page footers. Blocks that hold the article's own
    /// region are layout, whatever their names say (a content column with id="sidebar").
    /// </summary>
    public static bool InBoilerplate(IElement element, IElement? mainText)
    {
        var insideArticle = element.Closest("article") is not null;
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "body" or "html"
                || (mainText is not null && current.Contains(mainText)))
            {
                return false;
            }

            if (current.LocalName is "aside" or "nav"
                || (current.LocalName == "footer" && !insideArticle)
                || BoilerplateMarkers.HasWord(current, ForeignBlockWordLookup))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The container of the article's text, which no boilerplate block can hold.</summary>
    public static IElement? MainText(PageContext page) => MainContentLocator.Locate(page)?.Container;

    /// <summary>The block the article's header and text share, or null when the page gives no main region.</summary>
    public static IElement? Root(PageContext page)
    {
        if (MainContentLocator.Locate(page) is not { } region)
        {
            return null;
        }

        var container = region.Container;
        if (container.Closest("article") is { } article && LinkDensity.TextLength(article) < 200_000)
        {
            return article;
        }

        var headline = page.Document.Body?.QuerySelectorAll("h1").FirstOrDefault(h => !InBoilerplate(h, container));
        if (headline is not null)
        {
            var ancestors = container.AncestorsAndSelf().ToHashSet();
            var shared = headline.AncestorsAndSelf().FirstOrDefault(ancestors.Contains);
            if (shared is not null && shared.LocalName is not ("body" or "html"))
            {
                return shared;
            }
        }

        return container.ParentElement is { LocalName: not ("body" or "html") } parent ? parent : container;
    }

    /// <summary>The elements inside the article scope when there are any, else all of them.</summary>
    public static IReadOnlyList<IElement> PreferNearArticle(IElement? root, IReadOnlyList<IElement> elements)
    {
        if (root is null)
        {
            return elements;
        }

        var near = elements.Where(e => root.Contains(e)).ToList();
        return near.Count > 0 ? near : elements;
    }
}
