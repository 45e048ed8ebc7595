using System.Text.Json;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// A date property of the page's article node in JSON-LD (any @graph, any array), or failing that of its
/// WebPage node.
/// </summary>
internal sealed class JsonLdDateRule(string name, params string[] properties) : IFieldRule<FoundDate>
{
    private static readonly string[] PageTypes = ["WebPage", "ItemPage", "NewsArticle", "Article"];

    public string Name { get; } = name;

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var graph = page.JsonLd;
        if (graph.Article is { } article && Read(page, article) is { } fromArticle)
        {
            return fromArticle;
        }

        foreach (var node in graph.OfType(PageTypes))
        {
            if (Read(page, node) is { } fromPage)
            {
                return fromPage;
            }
        }

        return null;
    }

    private FoundDate? Read(PageContext page, JsonElement node)
    {
        foreach (var property in properties)
        {
            if (DateReader.FromValue(page, JsonLdGraph.GetString(node, property)) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
