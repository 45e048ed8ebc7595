using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Articles.Extraction.Model;

namespace Articles.Extraction;

/// <summary>The one JSON shape of <see cref="ArticleMetadata"/> that the API and the CLI both emit.</summary>
public static class ArticleJson
{
    /// <summary>camelCase, nulls written, Cyrillic left readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(ArticleMetadata metadata) => JsonSerializer.Serialize(metadata, Options);

    public static ArticleMetadata? Deserialize(string json) => JsonSerializer.Deserialize<ArticleMetadata>(json, Options);
}
