using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Site;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// A page heading (h1–h3) that is the headline part of the &lt;title&gt; ("Blog » Archive » Headline"): the title
/// confirms which heading is the article's, and the heading gives it without the site's decorations.
/// </summary>
internal sealed class TitleHeadingRule : IFieldRule<string>
{
    /// <summary>The heading must be a good part of the title, not one word of it.</summary>
    private const double MinShare = 0.3;

    public string Name => "title-heading";

    public string? Find(PageContext page)
    {
        if (PageHeadings.Title(page) is not { } title)
        {
            return null;
        }

        var titleKey = NameKey.Of(title);
        foreach (var heading in page.Document.QuerySelectorAll("h1, h2, h3"))
        {
            if (PageHeadings.InChrome(heading) || PageHeadings.IsHomeLink(heading)
                || CleanText.Fold(HeadingText.Of(heading)) is not { } text || !text.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var key = NameKey.Of(text);
            if (key.Length >= MinShare * titleKey.Length && titleKey.Contains(key, StringComparison.Ordinal))
            {
                return HeadlineText.Clean(text, page);
            }
        }

        return null;
    }
}
