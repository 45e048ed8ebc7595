using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates.Layout;

/// <summary>
/// Tells whether an element sits in a part of the page that carries other articles' dates: related-news lists,
/// sidebars, widgets, teasers, navigation, footers, comments.
/// </summary>
internal static class OffArticleRegions
{
    private static readonly object BodyLengthKey = new();

    private static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "aside", "nav", "footer", "form", "menu", "dialog",
    };

    // Whole words of class and id values ("related-posts", "sidebar", "commentList", "most_popular").
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "sidebar", "widget", "widgets", "teaser", "teasers", "more", "popular", "comment", "comments",
        "recommended", "recommendations", "recommend", "trending", "latest", "footer", "nav", "navigation", "menu",
        "aside", "promo", "banner", "ads", "advert", "advertisement", "newsletter", "readmore", "similar", "most",
        "mostread", "feed", "breadcrumb", "breadcrumbs", "disqus", "rail", "lenta", "cookie", "cookies", "subscribe",
        "calendar", "headlines",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="element"/> or an ancestor is such a region. An ancestor that contains
    /// <paramref name="headline"/> is the article itself and is never counted, whatever its classes say.
    /// </summary>
    public static bool Contains(IElement element, IElement? headline)
    {
        ArgumentNullException.ThrowIfNull(element);
        for (var current = element; current is not null; current = current.ParentElement)
        {
            var tag = current.LocalName;
            if (tag is "body" or "html")
            {
                return false;
            }

            if (IsRegion(current, headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="element"/> itself (not its ancestors) is such a region.</summary>
    public static bool IsRegion(IElement element, IElement? headline)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (headline is not null && (element == headline || element.Contains(headline)))
        {
            return false;
        }

        if (Tags.Contains(element.LocalName))
        {
            // ASP.NET wraps the whole page in one <form>.
            return element.LocalName != "form" || !HoldsMostOfPage(element);
        }

        // The site's masthead shows today's date; an article's own header holds the headline (handled above).
        if (element.LocalName == "header" && headline is not null && !DomText.WithinAny(element, "article", "main"))
        {
            return true;
        }

        if (element.GetAttribute("role") is "complementary" or "navigation" or "contentinfo")
        {
            return true;
        }

        if (!HasClassWord(element.GetAttribute("class")) && !HasWord(element.Id.AsSpan()))
        {
            return false;
        }

        // A class word alone is weak evidence ("podcast__sidebar" may hold the article's own credits): lists of
        // other articles link to them, and they are never most of the page.
        return DomText.HasLink(element) && !HoldsMostOfPage(element);
    }

    private static bool HoldsMostOfPage(IElement element)
    {
        if (element.Owner is not { } document)
        {
            return false;
        }

        // Text lengths counted, not built: a page-wide form would otherwise copy the whole page's text.
        var pageLength = DocumentCache.GetOrAdd(document, BodyLengthKey, d => new StrongBox<int>(d.Body is { } body ? DomText.Length(body) : 0)).Value;
        return DomText.Length(element) * 2 > pageLength;
    }

    private static bool HasClassWord(string? classes)
    {
        if (string.IsNullOrEmpty(classes))
        {
            return false;
        }

        foreach (var range in classes.AsSpan().Split(' '))
        {
            var name = classes.AsSpan()[range];
            if (name.IsEmpty)
            {
                continue;
            }

            // "has-sidebar", "with-comments", "no-teaser" describe the layout around the article, not a region.
            if (name.StartsWith("has", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("with", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("no-", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("is-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (HasWord(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(ReadOnlySpan<char> value)
    {
        // Words split at non-letters and at camelCase humps.
        var wordStart = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var letter = i < value.Length && char.IsLetter(value[i]);
            var hump = letter && wordStart >= 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if ((!letter || hump) && wordStart >= 0)
            {
                if (WordLookup.Contains(value[wordStart..i]))
                {
                    return true;
                }

                wordStart = -1;
            }

            if (letter && wordStart < 0)
            {
                wordStart = i;
            }
        }

        return false;
    }
}
