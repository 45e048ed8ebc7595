using System.Text;
using System.Text.Json;

namespace Articles.Functions.Http;

/// <summary>The JSON form of a submission: <c>{"html": "...", "url": "..."}</c>.</summary>
internal static class JsonSubmission
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The submission is two levels deep; anything far deeper is refused before it costs anything.</summary>
    public const int MaxDepth = 16;

    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = MaxDepth };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The page as UTF-8 bytes and the URL text, or the problem with the body.</summary>
    public static ApiProblem? TryRead(byte[] body, out byte[] html, out string? url)
    {
        html = [];
        url = null;
        JsonDocument document;
        try
        {
            // A UTF-8 byte order mark is allowed (RFC 8259 lets parsers ignore it); the reader itself refuses it.
            document = JsonDocument.Parse(body.AsMemory(body.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0), ReadOptions);
        }
        catch (JsonException e)
        {
            return ApiProblem.BadRequest($"The body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ApiProblem.BadRequest("The JSON body must be an object: {\"html\": \"...\", \"url\": \"...\"}.");
            }

            if (!root.TryGetProperty("html", out var htmlValue) || htmlValue.ValueKind != JsonValueKind.String)
            {
                return ApiProblem.BadRequest("The JSON body needs a string property \"html\" with the page's HTML.");
            }

            if (root.TryGetProperty("url", out var urlValue) && urlValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return ApiProblem.BadRequest("The JSON property \"url\" must be a string or null.");
            }

            var escapeProblem = ReadString(htmlValue, "html", out var text);
            if (escapeProblem is null && urlValue.ValueKind == JsonValueKind.String)
            {
                escapeProblem = ReadString(urlValue, "url", out url);
            }

            if (escapeProblem is not null)
            {
                return escapeProblem;
            }

            if (text.Length == 0)
            {
                return ApiProblem.BadRequest("The JSON property \"html\" is empty: send the page's HTML.");
            }

            html = Encoding.UTF8.GetBytes(text);
            return null;
        }
    }

    /// <summary>A JSON string's text. The parser checks structure only: bytes that are not UTF-8, and escapes such as a
    /// lone "\ud800", surface when the string is read.</summary>
    private static ApiProblem? ReadString(JsonElement value, string property, out string text)
    {
        try
        {
            text = value.GetString() ?? "";
            return null;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return ApiProblem.BadRequest(
                $"The JSON property \"{property}\" is not valid Unicode text: it holds bytes that are not UTF-8, or an escape that is half a character (a lone surrogate such as \\ud800).");
        }
    }
}
