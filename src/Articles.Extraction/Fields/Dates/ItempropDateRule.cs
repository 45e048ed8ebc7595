using AngleSharp.Dom;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Layout;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// Microdata <c>itemprop="datePublished"</c> (or another property) on the article: a meta's content, an element's
/// datetime, or its text. Teasers in related lists carry the same property and are skipped.
/// </summary>
internal sealed class ItempropDateRule(string property) : IFieldRule<FoundDate>
{
    public string Name { get; } = "itemprop=" + property;

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var headline = PageText.Of(page).Headline;
        foreach (var element in page.Document.QuerySelectorAll($"[itemprop~={property}]"))
        {
            if (element.LocalName != "meta" && OffArticleRegions.Contains(element, headline))
            {
                continue;
            }

            if (DateReader.FromValue(page, ValueOf(element)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? ValueOf(IElement element) =>
        element.GetAttribute("content") is { Length: > 0 } content ? content
        : element.GetAttribute("datetime") is { Length: > 0 } datetime ? datetime
        : element.TextContent;
}
