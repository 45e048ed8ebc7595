using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The schema.org microdata headline (an element or a meta tag with itemprop="headline").</summary>
internal sealed class ItempropHeadlineRule : IFieldRule<string>
{
    public string Name => "itemprop=headline";

    public string? Find(PageContext page)
    {
        foreach (var element in page.Document.QuerySelectorAll("[itemprop~='headline']"))
        {
            var raw = element.LocalName == "meta" ? element.GetAttribute("content") : HeadingText.Of(element);
            if (HeadlineText.Clean(raw, page) is { } headline)
            {
                return VisibleHeadingPreference.Apply(headline, page);
            }
        }

        return null;
    }
}
