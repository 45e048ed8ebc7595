using Articles.Extraction.Fields.Site;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Metadata titles often wrap the visible headline in a kicker ("Klimaschutz: …"), a date, a tagline or a site name,
/// spell it with plain quotes and other case, or are an SEO rewording of it. The headline is what the article shows:
/// the article's h1 wins when it is the bulk of the metadata title, leads it before a separator, or — when the page
/// has one clear article h1 — rewords it.
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
        if (main is null || HeadlineText.Clean(main.Text, page) is not { } h1)
        {
            return candidate;
        }

        var candidateKey = NameKey.Of(candidate);
        var h1Key = NameKey.Of(h1);
        if (h1Key.Length == 0)
        {
            return candidate;
        }

        if (h1Key.Length >= MinShare * candidateKey.Length && candidateKey.Contains(h1Key, StringComparison.Ordinal))
        {
            return h1;
        }

        var words = h1.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words >= 2 && h1Key.Length >= MinLeadingShare * candidateKey.Length && LeadsBeforeSeparator(h1, candidate))
        {
            return h1;
        }

        return main.Clear && words >= 3 && Math.Max(WordOverlap.Share(h1, candidate), WordOverlap.Share(candidate, h1)) >= MinRewordOverlap ? h1 : candidate;
    }

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
