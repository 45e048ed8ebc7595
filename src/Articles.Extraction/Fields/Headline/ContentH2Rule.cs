using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// On a page without any h1, the first h2 of the article or main content is its headline (CMS templates that keep
/// h1 for the logo or leave it out).
/// </summary>
internal sealed class ContentH2Rule : IFieldRule<string>
{
    private const int MaxLength = 300;

    public string Name => "h2";

    public string? Find(PageContext page)
    {
        if (page.Document.QuerySelectorAll("h1").Any(h => !string.IsNullOrWhiteSpace(h.TextContent) && !PageHeadings.IsHomeLink(h) && !PageHeadings.InNavigation(h)))
        {
            return null;
        }

        foreach (var heading in page.Document.QuerySelectorAll("h2"))
        {
            if (!PageHeadings.InMainContent(heading) || PageHeadings.InChrome(heading))
            {
                continue;
            }

            if (CleanText.Fold(HeadingText.Of(heading)) is { Length: <= MaxLength } text)
            {
                return HeadlineText.Clean(text, page);
            }
        }

        return null;
    }
}
