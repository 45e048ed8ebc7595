using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Site;

/// <summary>
/// A page without site metadata still names itself in its title: "Headline - Site", where the part before the
/// separator is the page's own h1. The short rest is the site's name.
/// </summary>
internal sealed class TitleSuffixSiteRule : IFieldRule<string>
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " // ", " · ", " • ", " » "];
    private const int MaxSiteWords = 5;

    public string Name => "title-suffix";

    public string? Find(PageContext page)
    {
        var title = PageHeadings.Title(page);
        var h1 = PageHeadings.MainH1(page);
        if (title is null || h1 is null || title.Length <= h1.Length
            || !title.StartsWith(h1, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = title[h1.Length..];
        foreach (var separator in Separators)
        {
            if (rest.StartsWith(separator, StringComparison.Ordinal))
            {
                var site = CleanText.Fold(rest[separator.Length..]);
                return site is not null && site.Split(' ').Length <= MaxSiteWords ? site : null;
            }
        }

        return null;
    }
}
