using Articles.Functions.Tests.EndToEnd;
using Articles.Functions.Tests.Support;
using Articles.Storage;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// What every hostile case checks around its request: the answer, that nothing was stored when the input was
/// refused (articles, sources, officials, raw pages), and that the service still answers afterwards.
/// </summary>
internal sealed class HostileApi(LocalHostFixture host)
{
    public HttpClient Client => host.Client;

    public LocalHostFixture Host => host;

    public async Task<Reply> PostAsync(byte[] body, string? contentType, string path = "/api/articles", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        if (contentType is not null && !request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType))
        {
            throw new ArgumentException($"HttpClient refuses Content-Type '{contentType}'.", nameof(contentType));
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request).ReadAsync();
    }

    public async Task<Reply> GetAsync(string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request).ReadAsync();
    }

    /// <summary>Sends a request that must be refused: the problem's detail, after checking nothing changed and the service answers.</summary>
    public async Task<string> RefusedAsync(Func<Task<Reply>> send, int status)
    {
        var before = await SnapshotAsync();

        var reply = await send();

        var detail = reply.ProblemDetail(status);
        Assert.Equal(before, await SnapshotAsync());
        await StillAnswersAsync();
        return detail;
    }

    /// <summary>Health is 200 and the article list still answers.</summary>
    public async Task StillAnswersAsync()
    {
        var health = await GetAsync("/api/health");
        Assert.True(health.Status == 200, health.Text);
        var list = await GetAsync("/api/articles?limit=1");
        Assert.True(list.Status == 200, list.Text);
    }

    /// <summary>Everything a request could have stored, as one comparable string.</summary>
    public async Task<string> SnapshotAsync()
    {
        var articles = await ItemsAsync("/api/articles?limit=100", "id");
        var sources = await ItemsAsync("/api/sources?limit=100", "name");
        var officials = await ItemsAsync("/api/officials?limit=100", "name");
        var raw = new List<string>();
        await foreach (var blob in host.Clients.Container(StorageNames.RawContainer).GetBlobsAsync())
        {
            raw.Add(blob.Name);
        }

        return $"articles: {string.Join(",", articles)}\nsources: {string.Join(",", sources)}\nofficials: {string.Join(",", officials)}\nraw: {string.Join(",", raw)}";
    }

    public async Task<List<string>> ItemsAsync(string path, string property)
    {
        var reply = await GetAsync(path);
        Assert.True(reply.Status == 200, reply.Text);
        return reply.Json.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(property).GetString()!).Order(StringComparer.Ordinal).ToList();
    }
}
