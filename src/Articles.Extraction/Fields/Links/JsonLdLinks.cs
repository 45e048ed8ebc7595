using System.Text.Json;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Links;

/// <summary>URLs in JSON-LD values: a string, an object with url/@id/contentUrl, or an array of those.</summary>
internal static class JsonLdLinks
{
    public static IEnumerable<string?> Of(JsonLdGraph graph, string property, params string[] objectKeys)
    {
        foreach (var node in graph.ArticleNodes)
        {
            if (node.TryGetProperty(property, out var value))
            {
                foreach (var link in Links(graph, value, objectKeys, 0))
                {
                    yield return link;
                }
            }
        }
    }

    private static IEnumerable<string?> Links(JsonLdGraph graph, JsonElement value, string[] keys, int depth)
    {
        if (depth > 3)
        {
            yield break;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                yield return value.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    foreach (var link in Links(graph, item, keys, depth + 1))
                    {
                        yield return link;
                    }
                }

                break;
            case JsonValueKind.Object:
                var target = graph.Resolve(value);
                foreach (var key in keys)
                {
                    if (target.TryGetProperty(key, out var inner) && inner.ValueKind == JsonValueKind.String)
                    {
                        yield return inner.GetString();
                    }
                }

                break;
        }
    }
}
