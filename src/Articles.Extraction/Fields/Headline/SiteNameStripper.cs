using Articles.Extraction.Fields.Site;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Removes a site-name part from a title ("Headline | Site", "Site: Headline") — only a part that is the site's name:
/// "… переговори … – ЗМІ" keeps "– ЗМІ".
/// </summary>
internal static class SiteNameStripper
{
    private static readonly string[] Separators =
        [" | ", " || ", " - ", " – ", " — ", " : ", ": ", " :: ", " // ", " / ", " · ", " • ", " » ", " « ", " ~ ", "|"];

    /// <summary>A site-name part has at most this many words; longer parts are headline text.</summary>
    private const int MaxSiteWords = 6;

    public static string Strip(string title, SiteNames names)
    {
        var current = Remainder(title) ?? title;
        for (var round = 0; round < 4; round++)
        {
            var next = StripSuffix(current, names) ?? StripPrefix(current, names);
            if (next is null)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static string? StripSuffix(string title, SiteNames names)
    {
        var best = -1;
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at > best && IsSitePart(title[(at + separator.Length)..], names))
            {
                best = at;
            }
        }

        return best > 0 ? Remainder(title[..best]) : null;
    }

    private static string? StripPrefix(string title, SiteNames names)
    {
        var best = int.MaxValue;
        var bestLength = 0;
        foreach (var separator in Separators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < best && IsSitePart(title[..at], names))
            {
                best = at;
                bestLength = separator.Length;
            }
        }

        return best < int.MaxValue ? Remainder(title[(best + bestLength)..]) : null;
    }

    private static bool IsSitePart(string part, SiteNames names)
    {
        var trimmed = part.Trim();
        return trimmed.Length > 0
            && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSiteWords
            && names.Matches(trimmed);
    }

    private static string? Remainder(string text)
    {
        var trimmed = text.Trim().TrimEnd('|', '-', '–', '—', ':', '›', '»', '·', '•').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
