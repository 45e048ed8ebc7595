using Articles.Extraction.Fields.Site;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Metadata titles are sometimes the site's generic title (the same on every page: a slogan, the site's name with a
/// tagline). Such a candidate is short or names the site, shares no words with the visible headings, and the h1 and
/// the &lt;title&gt; agree with each other: then it is not trusted. A longer, different title is an SEO wording of
/// the article and stays.
/// </summary>
internal static class HeadlineAgreement
{
    private const int MaxGenericWords = 4;

    public static bool LooksGeneric(string candidate, PageContext page)
    {
        var h1 = PageHeadings.MainH1(page);
        var title = PageHeadings.Title(page);
        if (h1 is null || title is null)
        {
            return false;
        }

        var sharedWithPage = Math.Max(WordOverlap.Share(candidate, h1), WordOverlap.Share(candidate, title));
        if (sharedWithPage >= 0.3 || WordOverlap.Share(h1, title) < 0.6)
        {
            return false;
        }

        return candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxGenericWords
            || SiteNames.Of(page).Matches(candidate);
    }
}
