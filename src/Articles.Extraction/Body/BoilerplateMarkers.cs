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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongWords = Strong.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakWords = Weak.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PositiveWords = Positive.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Attributes = ["class", "id"];

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
        foreach (var name in Attributes)
        {
            foreach (var token in new Tokens(Value(element, name)))
            {
                var first = ReadOnlySpan<char>.Empty;
                var head = ReadOnlySpan<char>.Empty;
                var any = false;
                foreach (var word in new ClassWords(token))
                {
                    if (!any)
                    {
                        first = word;
                        any = true;
                    }

                    head = word;
                }

                if (!any)
                {
                    continue;
                }

                // BEM-style names put the block's kind first or last ("related-inline", "news-feed"); a word in the
                // middle is a modifier ("sticky-sidebar-relative").
                strong |= StrongWords.Contains(first) || StrongWords.Contains(head);
                weak |= WeakWords.Contains(head);
                positive |= PositiveWords.Contains(head);
            }
        }

        return strong ? MarkerStrength.Strong
            : weak && !positive ? MarkerStrength.Weak
            : positive ? MarkerStrength.Positive
            : MarkerStrength.None;
    }

    /// <summary>True when any class or id word is in <paramref name="words"/> (an OrdinalIgnoreCase set).</summary>
    public static bool HasWord(IElement element, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        foreach (var name in Attributes)
        {
            foreach (var token in new Tokens(Value(element, name)))
            {
                if (ClassWords.Any(token, words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The attribute's value unless blank or too long to be a class list (inline data, generated junk).</summary>
    private static ReadOnlySpan<char> Value(IElement element, string name)
    {
        var value = element.GetAttribute(name);
        return string.IsNullOrWhiteSpace(value) || value.Length > 300 ? default : value.AsSpan();
    }

    /// <summary>The whitespace-separated tokens of an attribute value, as slices.</summary>
    private ref struct Tokens(ReadOnlySpan<char> value)
    {
        private ReadOnlySpan<char> rest = value;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Tokens GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = 0;
            while (i < rest.Length && char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            if (i == rest.Length)
            {
                return false;
            }

            var end = i;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            Current = rest[i..end];
            rest = rest[end..];
            return true;
        }
    }
}

internal enum MarkerStrength
{
    None,
    Positive,
    Weak,
    Strong,
}
