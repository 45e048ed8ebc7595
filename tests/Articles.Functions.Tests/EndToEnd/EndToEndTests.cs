using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Articles.Functions.Tests.Support;
using Articles.Storage;
using Azure.Storage.Blobs.Models;

namespace Articles.Functions.Tests.EndToEnd;

/// <summary>Over HTTP through the local host, as a client and a content manager use the app.</summary>
public sealed class EndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private HttpClient Client => host.Client;

    [Fact]
    public async Task Article_Lifecycle_PostGetListHtmlDelete()
    {
        var posted = await PostAsync(Pages.Ukrainian, "text/html; charset=utf-8");
        Assert.Equal(201, posted.Status);
        var id = posted.Json.GetProperty("id").GetString()!;
        Assert.Equal($"/api/articles/{id}", posted.Header("Location"));

        var got = await Client.GetAsync($"/api/articles/{id}").ReadAsync();
        Assert.Equal(200, got.Status);
        Expected.SameAsExtractor(got.Json, Pages.Ukrainian, "text/html; charset=utf-8");

        // Every source, official and the language the extractor found must find the article again.
        Assert.Contains(id, await ListAsync(""));
        if (got.Json.GetProperty("language").GetString() is { } language)
        {
            Assert.Contains(id, await ListAsync($"?language={language}"));
        }

        foreach (var source in Expected.Names(got.Json.GetProperty("sources")))
        {
            Assert.Contains(id, await ListAsync($"?source={Uri.EscapeDataString(source)}"));
        }

        foreach (var official in Expected.Names(got.Json.GetProperty("officials")))
        {
            Assert.Contains(id, await ListAsync($"?official={Uri.EscapeDataString(official)}"));
        }

        Assert.DoesNotContain(id, await ListAsync("?source=" + Uri.EscapeDataString("Газета, якої немає")));
        Assert.DoesNotContain(id, await ListAsync("?official=" + Uri.EscapeDataString("Ніхто Ніхтович")));
        Assert.DoesNotContain(id, await ListAsync("?language=xx"));

        var html = await Client.GetAsync($"/api/articles/{id}/html").ReadAsync();
        Assert.Equal(Pages.Ukrainian, html.Body);
        Assert.Equal("text/html; charset=utf-8", html.ContentType);

        Assert.Equal(204, (await Client.DeleteAsync($"/api/articles/{id}").ReadAsync()).Status);
        Assert.Equal(404, (await Client.GetAsync($"/api/articles/{id}").ReadAsync()).Status);
        Assert.DoesNotContain(id, await ListAsync(""));
    }

    [Fact]
    public async Task Upload_IsProcessed()
    {
        var name = $"e2e/{Guid.NewGuid():N}.html";
        await UploadAsync(name, Pages.Russian, new Dictionary<string, string> { ["url"] = "https://odessa-vedomosti.example/2025/02/20/vokzal" });

        var record = await WaitForIngestionAsync(name, "processed");

        var article = await Client.GetAsync($"/api/articles/{record.GetProperty("articleId").GetString()}").ReadAsync();
        Expected.SameAsExtractor(article.Json, Pages.Russian, "text/html", "https://odessa-vedomosti.example/2025/02/20/vokzal");
        var processed = await Client.GetAsync("/api/ingestions?status=processed").ReadAsync();
        Assert.Contains(name, processed.Json.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("blobName").GetString()));
    }

    [Fact]
    public async Task GarbageUpload_IsRejected_WithItsReason_AndKept()
    {
        var name = $"e2e/{Guid.NewGuid():N}.bin";
        byte[] garbage = [0x00, 0x13, 0x37, 0x00, 0xFE, .. "<html>"u8, 0x00];
        await UploadAsync(name, garbage);

        var record = await WaitForIngestionAsync(name, "rejected");

        Assert.Contains("NUL", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var kept = host.Clients.Container(StorageNames.RejectedContainer).GetBlobClient(name);
        Assert.Equal(garbage, (await kept.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Contains("NUL", (await kept.GetPropertiesAsync()).Value.Metadata["reason"], StringComparison.Ordinal);
        Assert.False(await host.Clients.Container(StorageNames.IncomingContainer).GetBlobClient(name).ExistsAsync());
    }

    [Theory]
    [InlineData("text/html", "", 400, "empty")]
    [InlineData("text/plain", "<p>hello</p>", 415, "text/plain")]
    [InlineData("text/html", "%PDF-1.4 binary", 422, "PDF")]
    [InlineData("text/html", "just words", 422, "no HTML markup")]
    [InlineData("application/json", "{\"html\": 1}", 400, "\"html\"")]
    public async Task BadPosts_AreProblems(string contentType, string body, int status, string detailPart)
    {
        var reply = await PostAsync(Encoding.UTF8.GetBytes(body), contentType);

        Assert.Contains(detailPart, reply.ProblemDetail(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedPost_Is413()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + new string('x', (int)AppFixture.MaxHtmlBytes) + "</body></html>");

        var reply = await PostAsync(html, "text/html");

        Assert.Contains("limit", reply.ProblemDetail(413), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/aaaaaaaaaaaaaaaaaaaaaaaaaa", 404, "no article")]
    [InlineData("/api/articles/bad!id", 400, "not an article id")]
    [InlineData("/api/articles?limit=1000", 400, "'limit'")]
    [InlineData("/api/articles?from=someday", 400, "'from'")]
    [InlineData("/api/ingestions?status=lost", 400, "'status'")]
    [InlineData("/api/ingestions/no/such/upload.html", 404, "no/such/upload.html")]
    public async Task BadReads_AreProblems(string path, int status, string detailPart)
    {
        var reply = await Client.GetAsync(path).ReadAsync();

        Assert.Contains(detailPart, reply.ProblemDetail(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchingETag_Is304()
    {
        var posted = await PostAsync(Pages.English, "text/html");
        var id = posted.Json.GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{id}");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(posted.Header("ETag")!));

        var reply = await Client.SendAsync(request).ReadAsync();

        Assert.Equal(304, reply.Status);
    }

    [Fact]
    public async Task Health_AndOpenApi_AreServed()
    {
        var health = await Client.GetAsync("/api/health").ReadAsync();
        var openApi = await Client.GetAsync("/api/openapi.json").ReadAsync();

        Assert.Equal(200, health.Status);
        Assert.Equal("healthy", health.Json.GetProperty("status").GetString());
        Assert.Equal(200, openApi.Status);
        Assert.True(openApi.Json.GetProperty("paths").TryGetProperty("/articles/{id}", out _));
    }

    [Fact]
    public async Task Extract_OverHttp_ReturnsTheSchema()
    {
        var body = JsonSerializer.Serialize(new { html = Encoding.UTF8.GetString(Pages.English), url = "https://coastal.example/ferry" });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var reply = await Client.PostAsync("/api/extract", content).ReadAsync();

        Assert.Equal(200, reply.Status);
        Assert.Equal("https://coastal.example/ferry", reply.Json.GetProperty("url").GetString());
        Expected.SameAsExtractor(reply.Json, Pages.English, "text/html; charset=utf-8", "https://coastal.example/ferry");
    }

    private async Task<Reply> PostAsync(byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await Client.PostAsync("/api/articles", content).ReadAsync();
    }

    private async Task<List<string>> ListAsync(string query)
    {
        var separator = query.Length == 0 ? "?" : "&";
        var reply = await Client.GetAsync("/api/articles" + query + separator + "limit=100").ReadAsync();
        Assert.True(reply.Status == 200, reply.Text);
        return reply.Json.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();
    }

    private async Task UploadAsync(string name, byte[] content, Dictionary<string, string>? metadata = null) =>
        await host.Clients.Container(StorageNames.IncomingContainer).GetBlobClient(name)
            .UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Metadata = metadata });

    /// <summary>The watcher polls every 250 ms; the deadline only bounds a broken run.</summary>
    private async Task<JsonElement> WaitForIngestionAsync(string name, string status)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var reply = await Client.GetAsync($"/api/ingestions/{name}").ReadAsync();
            if (reply.Status == 200 && reply.Json.GetProperty("status").GetString() == status)
            {
                return reply.Json;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{name} did not become {status}: {reply.Text}");
            await Task.Delay(200);
        }
    }
}
