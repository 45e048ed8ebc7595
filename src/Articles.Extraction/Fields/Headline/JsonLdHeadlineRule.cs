using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The headline (or name) of the page's JSON-LD article node.</summary>
internal sealed class JsonLdHeadlineRule : IFieldRule<string>
{
    public string Name => "jsonld";

    public string? Find(PageContext page)
    {
        foreach (var node in page.JsonLd.ArticleNodes)
        {
            var raw = JsonLdGraph.GetString(node, "headline") ?? JsonLdGraph.GetString(node, "name");
            if (HeadlineText.Clean(raw, page) is { } headline && !HeadlineAgreement.LooksGeneric(headline, page))
            {
                return VisibleHeadingPreference.Apply(headline, page);
            }
        }

        return null;
    }
}
