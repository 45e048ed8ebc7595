using System.Text.Json;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Summary;

/// <summary>Text values of an article-node property: a string, or every string of an array.</summary>
internal static class JsonLdValues
{
    public static string? First(JsonLdGraph graph, string property) =>
        graph.ArticleNodes.Select(n => JsonLdGraph.GetString(n, property)).FirstOrDefault(v => v is not null);

    public static IEnumerable<string> All(JsonLdGraph graph, string property)
    {
        foreach (var node in graph.ArticleNodes)
        {
            if (!node.TryGetProperty(property, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    if (JsonLdGraph.AsText(item) is { } text)
                    {
                        yield return text;
                    }
                }
            }
            else if (JsonLdGraph.AsText(value) is { } text)
            {
                yield return text;
            }

            yield break;
        }
    }
}
