using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// Class/id words that mark non-article blocks. Strong words (share bars, related news, comments…) always mark a
/// block; weak words (meta, tags, author…) only when the block is short or mostly links, because CMSs also put
/// them on article wrappers ("tag-politics", "has-author").
/// </summary>
internal static class BoilerplateMarkers
{

    private static readonly HashSet<string> Strong = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "shares", "sharebar", "social", "socials", "related", "relatedposts", "recommended",
        "recommendations", "recommend", "promo", "promotion", "subscribe", "subscription", "newsletter", "comments",
        "comment", "disqus", "breadcrumb", "breadcrumbs", "sidebar", "advert", "advertisement", "adv", "ads",
        "adsbygoogle", "sponsor", "sponsored", "outbrain", "taboola", "cookie", "cookies", "consent", "popup",
        "modal", "nav", "navbar", "navigation", "menu", "footer", "toolbar", "pagination", "pager", "readmore",
        "readalso", "seealso", "also", "teasers", "widget", "banner", "donate", "paywall", "rating",
        "caption", "credit", "credits", "copyright", "gallery", "slideshow", "sr", "visually", "infobox", "popular",
        "trending", "feed", "rss", "telegram", "viber", "follow", "tweet", "twitter", "instagram", "tiktok",
    };

    private static readonly HashSet<string> Weak = new(StringComparer.OrdinalIgnoreCase)
    {
        "meta", "tags", "tag", "taglist", "keywords", "topics", "author", "authors", "byline", "date", "dateline",
        "time", "timestamp", "published", "info", "details", "more", "links", "source", "header", "head", "top",
        "bottom", "tools", "actions", "extra", "aside", "lang", "language", "bio", "avatar", "photo", "image",
        "img", "media", "video", "embed", "note", "disclaimer", "signature", "label", "category", "rubric", "teaser",
        "print", "hidden", "title", "heading",
    };

    /// <summary>Words that mark the article's text itself; they outweigh weak words on the same element.</summary>
    private static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase)
    {
        "body", "content", "text", "entry", "story", "article", "post", "main", "prose", "paragraph", "lead",
        "intro", "summary", "materia", "material", "detail", "articlebody",
    };

    public static MarkerStrength Classify(IElement element)
    {
        // Page-level classes ("has-sidebar", "mobile-menu") describe the layout, not the block.
        if (element.LocalName is "body" or "html" or "main")
        {
            return MarkerStrength.None;
        }

        var strong = false;
        var weak = false;
        var positive = false;
        foreach (var token in Tokens(element))
        {
            var words = ClassWords.Split(token);
            if (words.Length == 0)
            {
                continue;
            }

            // BEM-style names put the block's kind first or last ("related-inline", "news-feed"); a word in the
            // middle is a modifier ("sticky-sidebar-relative").
            var head = words[^1];
            strong |= Strong.Contains(words[0]) || Strong.Contains(head);
            weak |= Weak.Contains(head);
            positive |= Positive.Contains(head);
        }

        return strong ? MarkerStrength.Strong
            : weak && !positive ? MarkerStrength.Weak
            : positive ? MarkerStrength.Positive
            : MarkerStrength.None;
    }

    /// <summary>True when any class or id word is in <paramref name="words"/>.</summary>
    public static bool HasWord(IElement element, IReadOnlySet<string> words) =>
        Tokens(element).SelectMany(ClassWords.Split).Any(words.Contains);

    private static IEnumerable<string> Tokens(IElement element)
    {
        foreach (var name in Attributes)
        {
            var value = element.GetAttribute(name);
            if (string.IsNullOrWhiteSpace(value) || value.Length > 300)
            {
                continue;
            }

            foreach (var token in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return token;
            }
        }
    }

    private static readonly string[] Attributes = ["class", "id"];
}

internal enum MarkerStrength
{
    None,
    Positive,
    Weak,
    Strong,
}
