using System.Text.Json;
using AngleSharp.Dom;

namespace Articles.Extraction.Page;

/// <summary>
/// All JSON-LD objects on a page, flattened across top-level arrays and @graph, with @id references resolvable.
/// </summary>
public sealed class JsonLdGraph
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "Report", "TechArticle", "ScholarlyArticle", "SatiricalArticle", "Posting",
    };

    private readonly Dictionary<string, JsonElement> byId;

    private JsonLdGraph(IReadOnlyList<JsonElement> nodes, Dictionary<string, JsonElement> byId)
    {
        Nodes = nodes;
        this.byId = byId;
        ArticleNodes = nodes.Where(n => Types(n).Any(ArticleTypes.Contains)).ToList();
        Article = ArticleNodes.Count > 0 ? ArticleNodes[0] : null;
    }

    public static JsonLdGraph Empty { get; } = new([], []);

    /// <summary>Top-level objects and @graph members, in document order.</summary>
    public IReadOnlyList<JsonElement> Nodes { get; }

    /// <summary>The first node typed as an article (NewsArticle, BlogPosting, …), if any.</summary>
    public JsonElement? Article { get; }

    /// <summary>Every node typed as an article, in document order.</summary>
    public IReadOnlyList<JsonElement> ArticleNodes { get; }

    public static JsonLdGraph Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nodes = new List<JsonElement>();
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is null || !type.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (JsonLdParser.TryParse(script.TextContent) is { } root)
            {
                Collect(root, nodes, byId, topLevel: true, depth: 0);
            }
        }

        return nodes.Count == 0 ? Empty : new JsonLdGraph(nodes, byId);
    }

    /// <summary>The node an {"@id": …} reference points at, or the element itself.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && !element.TryGetProperty("@type", out _)
            && byId.TryGetValue(id.GetString()!, out var target))
        {
            return target;
        }

        return element;
    }

    public IEnumerable<JsonElement> OfType(params string[] types) =>
        Nodes.Where(n => Types(n).Any(t => types.Contains(t, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The @type values of a node (string or array), without schema.org prefixes.</summary>
    public static IReadOnlyList<string> Types(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [StripVocabulary(type.GetString()!)],
            JsonValueKind.Array => type.EnumerateArray()
                .Where(t => t.ValueKind == JsonValueKind.String)
                .Select(t => StripVocabulary(t.GetString()!))
                .ToList(),
            _ => [],
        };
    }

    public static bool IsArticleType(string type) => ArticleTypes.Contains(type);

    /// <summary>A property as text: a string, a number, an {"@value"}/{"name"} object, or the first of an array.</summary>
    public static string? GetString(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return AsText(value);
    }

    public static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NullIfBlank(value.GetString()),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object when value.TryGetProperty("@value", out var v) => AsText(v),
        JsonValueKind.Object when value.TryGetProperty("name", out var n) => AsText(n),
        JsonValueKind.Array => value.EnumerateArray().Select(AsText).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string StripVocabulary(string type)
    {
        var slash = type.LastIndexOfAny(['/', ':']);
        return (slash >= 0 ? type[(slash + 1)..] : type).Trim();
    }

    private static void Collect(
        JsonElement element, List<JsonElement> nodes, Dictionary<string, JsonElement> byId, bool topLevel, int depth)
    {
        // Depth bound: hostile pages nest JSON-LD thousands deep.
        if (depth > 32)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, nodes, byId, topLevel, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
                    && element.TryGetProperty("@type", out _))
                {
                    byId.TryAdd(id.GetString()!, element);
                }

                var hasGraph = element.TryGetProperty("@graph", out var graph);
                if (topLevel && (!hasGraph || element.TryGetProperty("@type", out _)))
                {
                    nodes.Add(element);
                }

                if (hasGraph)
                {
                    Collect(graph, nodes, byId, topLevel, depth + 1);
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name != "@graph" && property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        Collect(property.Value, nodes, byId, topLevel: false, depth + 1);
                    }
                }

                break;
        }
    }
}
