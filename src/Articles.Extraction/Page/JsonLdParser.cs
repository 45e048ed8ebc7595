using System.Text.Json;

namespace Articles.Extraction.Page;

/// <summary>Parses one JSON-LD script body with depth and size limits, repairing common breakage when it must.</summary>
internal static class JsonLdParser
{
    private const int MaxChars = 2_000_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxChars)
        {
            return null;
        }

        text = JsonSurrogateEscapes.Repair(text);
        return Parse(text) ?? Parse(JsonLdRepair.Repair(text));
    }

    private static JsonElement? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
