using Articles.Extraction.Fields.Site;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>Turns a raw headline candidate into the headline: cleaned, site name removed, a bare site name rejected.</summary>
internal static class HeadlineText
{
    private const int MaxLength = 400;

    public static string? Clean(string? raw, PageContext page)
    {
        var text = CleanText.Fold(raw);
        if (text is null || text.Length > MaxLength)
        {
            return null;
        }

        var names = SiteNames.Of(page);
        if (names.IsExactly(text))
        {
            return null;
        }

        var stripped = SiteNameStripper.Strip(text, names);
        return names.IsExactly(stripped) ? null : stripped;
    }
}
