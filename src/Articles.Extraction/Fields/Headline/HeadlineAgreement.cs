using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Metadata titles are sometimes the site's generic title (the same on every page). Such a candidate shares no
/// words with the visible headings while the h1 and the &lt;title&gt; agree with each other: then it is not trusted.
/// </summary>
internal static class HeadlineAgreement
{
    public static bool LooksGeneric(string candidate, PageContext page)
    {
        var h1 = PageHeadings.MainH1(page);
        var title = PageHeadings.Title(page);
        if (h1 is null || title is null)
        {
            return false;
        }

        var sharedWithPage = Math.Max(WordOverlap.Share(candidate, h1), WordOverlap.Share(candidate, title));
        return sharedWithPage < 0.3 && WordOverlap.Share(h1, title) >= 0.6;
    }
}
