using Articles.Extraction.Fields.Site;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Metadata titles often wrap the visible headline in a kicker ("Klimaschutz: …"), a date, a tagline or a site name,
/// spell it with plain quotes and other case, or are an SEO rewording of it. The headline is what the article shows:
/// the article's h1 wins when it is the bulk of the metadata title, leads it before a separator, or — when the page
/// has one clear article h1 — rewords it. Failing that, an h2 that is the bulk of it or leads it wins, and then the
/// headline part the metadata title shares with the &lt;title&gt; without its kicker.
/// </summary>
internal static class VisibleHeadingPreference
{
    /// <summary>The h1 must be at least this share of the metadata title, so a kicker-only h1 is not taken.</summary>
    private const double MinShare = 0.4;

    /// <summary>A leading h1 (h1 + separator + tagline) may be shorter, but not a single word.</summary>
    private const double MinLeadingShare = 0.2;

    /// <summary>A clear article h1 that rewords the metadata title shares some of its words (not a section name).</summary>
    private const double MinRewordOverlap = 0.1;

    public static string Apply(string candidate, PageContext page)
    {
        var main = PageHeadings.Main(page);
        var h1 = main is null ? null : HeadlineText.Clean(main.Text, page);
        if (h1 is not null && NameKey.Of(h1).Length > 0)
        {
            if (IsPartOf(h1, candidate, minWords: 1) || (WordCount(h1) >= 2 && LeadsWithShare(h1, candidate)))
            {
                return h1;
            }

            if (main!.Clear && WordCount(h1) >= 3
                && Math.Max(WordOverlap.Share(h1, candidate), WordOverlap.Share(candidate, h1)) >= MinRewordOverlap)
            {
                return h1;
            }
        }

        return ContentH2Within(candidate, page) ?? KickerFreeTail(candidate, page) ?? candidate;
    }

    /// <summary>
    /// With no article h1 that fits (none, a breadcrumb, a section name), an h2 of the page that is the bulk of the
    /// metadata title or leads it is the visible headline (templates that set the headline in an h2).
    /// </summary>
    private static string? ContentH2Within(string candidate, PageContext page)
    {
        foreach (var heading in page.Document.QuerySelectorAll("h2"))
        {
            if (PageHeadings.InChrome(heading) || PageHeadings.InNavigation(heading) || PageHeadings.IsHomeLink(heading)
                || HeadlineText.Clean(HeadingText.Of(heading), page) is not { } text)
            {
                continue;
            }

            if (IsPartOf(text, candidate, minWords: 2) || (WordCount(text) >= 2 && LeadsWithShare(text, candidate)))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// "Kicker: Headline" in the metadata title while the &lt;title&gt; ends in the same headline after another
    /// prefix ("Site | Section: Headline") or is that headline: the part both agree on is the headline.
    /// </summary>
    private static string? KickerFreeTail(string candidate, PageContext page)
    {
        var colon = candidate.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || PageHeadings.Title(page) is not { } title)
        {
            return null;
        }

        var kicker = candidate[..colon];
        var tail = candidate[(colon + 2)..].Trim();
        if (WordCount(tail) < 2 || title.Contains(kicker, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var pageTitle in new[] { title, HeadlineText.Clean(title, page) })
        {
            if (pageTitle is null || !pageTitle.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = pageTitle[..^tail.Length].TrimEnd();
            if (before.Length == 0 || before[^1] is ':' or '|' or '-' or '–' or '—' or '»' or '/' or '·' or '•')
            {
                return tail;
            }
        }

        return null;
    }

    /// <summary>Whether a heading is the bulk of the candidate, word for word.</summary>
    private static bool IsPartOf(string heading, string candidate, int minWords)
    {
        var headingKey = NameKey.Of(heading);
        var candidateKey = NameKey.Of(candidate);
        return headingKey.Length > 0 && WordCount(heading) >= minWords
            && headingKey.Length >= MinShare * candidateKey.Length && candidateKey.Contains(headingKey, StringComparison.Ordinal);
    }

    private static bool LeadsWithShare(string heading, string candidate) =>
        NameKey.Of(heading).Length >= MinLeadingShare * NameKey.Of(candidate).Length && LeadsBeforeSeparator(heading, candidate);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool LeadsBeforeSeparator(string h1, string candidate)
    {
        if (!candidate.StartsWith(h1, StringComparison.OrdinalIgnoreCase) || candidate.Length <= h1.Length)
        {
            return false;
        }

        var rest = candidate[h1.Length..].TrimStart();
        return rest.Length > 0 && rest[0] is '|' or '-' or '–' or '—' or ':' or '»' or '›' or '·' or '•' or '/' or '(';
    }
}
