using System.Text.Json;
using System.Text.Json.Serialization;
using Articles.Extraction;

namespace Articles.Functions.Http;

/// <summary>The JSON of every response: the article options (camelCase, readable Cyrillic) plus camelCase enums.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(ArticleJson.Options)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
