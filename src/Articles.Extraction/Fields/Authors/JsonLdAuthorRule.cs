using System.Text.Json;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// JSON-LD <c>author</c> (then <c>creator</c>) of the article node, or of the first node that has one: strings,
/// Person/Organization objects, arrays, and {"@id"} references resolved in the graph. Organizations are read by a
/// separate, later rule: a page that types its author as an organization ("LN", "Redaktion") often signs the
/// article visibly with a person's name.
/// </summary>
internal sealed class JsonLdAuthorRule(bool organizations) : IFieldRule<IReadOnlyList<string>>
{
    private const int MaxNames = 20;

    public string Name => organizations ? "jsonld-organization" : "jsonld";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        var graph = page.JsonLd;
        foreach (var node in Candidates(graph))
        {
            foreach (var property in Properties)
            {
                if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value))
                {
                    var names = new List<string>();
                    Collect(graph, value, names, 0, organizations);
                    if (AuthorListBuilder.Build(page, names) is { } authors)
                    {
                        return authors;
                    }
                }
            }
        }

        return null;
    }

    private static readonly string[] Properties = ["author", "creator"];

    /// <summary>Pages (WebPage, CreativeWork) may carry the author too; images and comments have their own.</summary>
    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "CreativeWork", "Blog", "CollectionPage",
    };

    /// <summary>The article node first, then article and page nodes in order, with their mainEntity objects.</summary>
    private static IEnumerable<JsonElement> Candidates(JsonLdGraph graph)
    {
        if (graph.Article is { } article)
        {
            yield return article;
        }

        foreach (var node in graph.Nodes)
        {
            var types = JsonLdGraph.Types(node);
            if (types.Any(JsonLdGraph.IsArticleType) || types.Any(PageTypes.Contains))
            {
                yield return node;
            }

            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("mainEntity", out var main)
                && graph.Resolve(main) is { ValueKind: JsonValueKind.Object } entity
                && JsonLdGraph.Types(entity).Any(JsonLdGraph.IsArticleType))
            {
                yield return entity;
            }
        }
    }

    private static void Collect(
        JsonLdGraph graph, JsonElement value, List<string> names, int depth, bool organizations)
    {
        if (depth > 3 || names.Count >= MaxNames)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (!organizations)
                {
                    names.Add(value.GetString()!);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(graph, item, names, depth + 1, organizations);
                }

                break;
            case JsonValueKind.Object:
                var node = graph.Resolve(value);
                if (IsOrganization(node) != organizations)
                {
                    break;
                }

                if (JsonLdGraph.GetString(node, "name") is { } name)
                {
                    names.Add(name);
                }
                else if (JsonLdGraph.GetString(node, "givenName") is { } given)
                {
                    names.Add($"{given} {JsonLdGraph.GetString(node, "familyName")}".Trim());
                }

                break;
        }
    }

    /// <summary>Typed as an organization and not also as a person (one-person blogs are typed as both).</summary>
    private static bool IsOrganization(JsonElement node)
    {
        var types = JsonLdGraph.Types(node);
        return types.Any(t => t.EndsWith("Organization", StringComparison.OrdinalIgnoreCase)
                || t is "Corporation" or "NGO" or "NewsMediaOrganization")
            && !types.Contains("Person", StringComparer.OrdinalIgnoreCase);
    }
}
