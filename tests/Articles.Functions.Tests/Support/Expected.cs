using System.Text.Json;
using System.Text.Json.Nodes;
using Articles.Extraction;

namespace Articles.Functions.Tests.Support;

/// <summary>
/// What the extraction library itself makes of a page: the API must return exactly that (plus the id), so these
/// tests check the Functions layer without depending on how good the extraction rules are.
/// </summary>
internal static class Expected
{
    public static void SameAsExtractor(JsonElement actual, byte[] html, string contentType, string? url = null)
    {
        var expected = JsonNode.Parse(ArticleJson.Serialize(
            ArticleExtractor.Extract(html, new ExtractionHints(contentType, url is null ? null : new Uri(url)))))!.AsObject();
        var returned = JsonNode.Parse(actual.GetRawText())!.AsObject();
        returned["id"] = null;

        Assert.True(JsonNode.DeepEquals(expected, returned), $"expected {expected.ToJsonString()}\nreturned {returned.ToJsonString()}");
    }

    public static IEnumerable<string> Names(JsonElement items) =>
        items.EnumerateArray().Select(item => item.GetProperty("name").GetString()!);
}
