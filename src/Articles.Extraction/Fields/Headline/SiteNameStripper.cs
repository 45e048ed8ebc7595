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

    /// <summary>Cuts at the first separator followed by a site-name part, when only a short tagline may follow it
    /// ("Headline | Site", "Headline | site.ch | Your magazine").</summary>
    private static string? StripSuffix(string title, SiteNames names)
    {
        var cuts = SeparatorPositions(title);
        for (var k = 0; k < cuts.Count; k++)
        {
            var (at, length) = cuts[k];
            var segmentEnd = k + 1 < cuts.Count ? cuts[k + 1].At : title.Length;
            if (at > 0 && segmentEnd > at + length && IsSitePart(title[(at + length)..segmentEnd], names)
                && WordCount(title[segmentEnd..]) <= MaxSiteWords)
            {
                return Remainder(title[..at]);
            }
        }

        return null;
    }

    /// <summary>Every separator occurrence in the title, in order; overlapping matches keep the longest.</summary>
    private static List<(int At, int Length)> SeparatorPositions(string title)
    {
        var found = new List<(int At, int Length)>();
        foreach (var separator in Separators)
        {
            for (var at = title.IndexOf(separator, StringComparison.Ordinal); at >= 0;
                 at = title.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
            {
                found.Add((at, separator.Length));
            }
        }

        found.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : b.Length.CompareTo(a.Length));
        var merged = new List<(int At, int Length)>();
        foreach (var cut in found)
        {
            if (merged.Count == 0 || cut.At >= merged[^1].At + merged[^1].Length)
            {
                merged.Add(cut);
            }
        }

        return merged;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

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
            && WordCount(trimmed) <= MaxSiteWords
            && names.Matches(trimmed);
    }

    private static string? Remainder(string text)
    {
        var trimmed = text.Trim().TrimEnd('|', '-', '–', '—', ':', '›', '»', '·', '•').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
