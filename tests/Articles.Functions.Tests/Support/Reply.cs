using System.Text;
using System.Text.Json;

namespace Articles.Functions.Tests.Support;

/// <summary>A response as the client sees it: status, content type, headers and body.</summary>
public sealed record Reply(int Status, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The RFC 9457 detail, after checking the reply is a problem with this status.</summary>
    public string ProblemDetail(int status)
    {
        Assert.True(Status == status, $"expected {status}, got {Status}: {Text}");
        Assert.StartsWith("application/problem+json", ContentType, StringComparison.Ordinal);
        var json = Json;
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        var detail = json.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail!;
    }
}
