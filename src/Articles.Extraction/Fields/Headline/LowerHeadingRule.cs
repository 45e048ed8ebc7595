using AngleSharp.Dom;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// Hand-made pages set the headline in an h4–h6 right above the text. On a page without h1–h3 in its body, the first
/// such heading that is not a link and is followed by a paragraph of prose (a byline heading may come between) is
/// the headline; menu boxes with h4 titles are links or lists, not prose.
/// </summary>
internal sealed class LowerHeadingRule : IFieldRule<string>
{
    private const int MaxLength = 300;
    private const int MinProseLength = 80;

    /// <summary>How many following elements may come before the prose (an empty paragraph, a byline).</summary>
    private const int MaxLookAhead = 3;

    public string Name => "h4-h6";

    public string? Find(PageContext page)
    {
        if (page.Document.QuerySelectorAll("h1, h2, h3").Any(h => !PageHeadings.InChrome(h) && !string.IsNullOrWhiteSpace(h.TextContent)))
        {
            return null;
        }

        foreach (var heading in page.Document.QuerySelectorAll("h4, h5, h6"))
        {
            if (PageHeadings.InChrome(heading) || PageHeadings.InNavigation(heading)
                || heading.Closest("a") is not null || heading.QuerySelector("a") is not null || !ProseFollows(heading))
            {
                continue;
            }

            if (CleanText.Fold(HeadingText.Of(heading)) is { Length: <= MaxLength } text && text.Contains(' ', StringComparison.Ordinal))
            {
                return HeadlineText.Clean(text, page);
            }
        }

        return null;
    }

    private static bool ProseFollows(IElement heading)
    {
        var next = heading.NextElementSibling;
        for (var i = 0; next is not null && i < MaxLookAhead; i++, next = next.NextElementSibling)
        {
            if (next.LocalName == "p" && (CleanText.Fold(next.TextContent)?.Length ?? 0) >= MinProseLength)
            {
                return true;
            }
        }

        return false;
    }
}
