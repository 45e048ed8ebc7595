using Articles.Extraction.Fields.Site;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Metadata titles often wrap the visible headline in a kicker ("Klimaschutz: …"), a date or a site name, or spell
/// it with plain quotes and other case. When the article's h1 is the bulk of the metadata title, the h1 is the
/// headline as the page shows it.
/// </summary>
internal static class VisibleHeadingPreference
{
    /// <summary>The h1 must be at least this share of the metadata title, so a kicker-only h1 is not taken.</summary>
    private const double MinShare = 0.4;

    public static string Apply(string candidate, PageContext page)
    {
        if (HeadlineText.Clean(PageHeadings.MainH1(page), page) is not { } h1)
        {
            return candidate;
        }

        var candidateKey = NameKey.Of(candidate);
        var h1Key = NameKey.Of(h1);
        return h1Key.Length > 0 && h1Key.Length >= MinShare * candidateKey.Length
            && candidateKey.Contains(h1Key, StringComparison.Ordinal)
            ? h1
            : candidate;
    }
}
