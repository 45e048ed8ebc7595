using System.Text;
using System.Text.Json;

namespace Articles.Functions.Http;

/// <summary>The JSON form of a submission: <c>{"html": "...", "url": "..."}</c>.</summary>
internal static class JsonSubmission
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The page as UTF-8 bytes and the URL text, or the problem with the body.</summary>
    public static ApiProblem? TryRead(byte[] body, out byte[] html, out string? url)
    {
        html = [];
        url = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
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

            var text = htmlValue.GetString() ?? "";
            if (text.Length == 0)
            {
                return ApiProblem.BadRequest("The JSON property \"html\" is empty: send the page's HTML.");
            }

            html = Encoding.UTF8.GetBytes(text);
            url = urlValue.ValueKind == JsonValueKind.String ? urlValue.GetString() : null;
            return null;
        }
    }
}
