using Articles.Functions.Tests.Support;

namespace Articles.Functions.Tests.EndToEnd;

internal static class HttpReplies
{
    public static async Task<Reply> ReadAsync(this Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(pair => pair.Key, pair => string.Join(", ", pair.Value), StringComparer.OrdinalIgnoreCase);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new Reply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), headers, body);
    }
}
