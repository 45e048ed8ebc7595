using AngleSharp.Dom;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// On a page whose headings and metadata gave nothing, an element the template names a headline
/// (&lt;div class="news-headline"&gt;) that is not a link to another page, navigation or a teaser list.
/// </summary>
internal sealed class HeadlineClassRule : IFieldRule<string>
{
    private const int MaxLength = 300;

    public string Name => "headline-class";

    public string? Find(PageContext page)
    {
        foreach (var element in page.Document.QuerySelectorAll("[class]"))
        {
            if (element.LocalName is "body" or "html" or "a"
                || !(element.GetAttribute("class") ?? "").Contains("headline", StringComparison.OrdinalIgnoreCase)
                || PageHeadings.InChrome(element) || PageHeadings.InNavigation(element) || IsLinkText(element))
            {
                continue;
            }

            if (CleanText.Fold(HeadingText.Of(element)) is { Length: <= MaxLength } text && text.Contains(' ', StringComparison.Ordinal)
                && HeadlineText.Clean(text, page) is { } headline)
            {
                return headline;
            }
        }

        return null;
    }

    /// <summary>A teaser: the text sits in a link (to the article it announces).</summary>
    private static bool IsLinkText(IElement element) =>
        element.Closest("a") is not null || element.QuerySelector("a") is not null;
}
