using System.Net.Http.Headers;
using Articles.Functions.Tests.Faults;
using Articles.Functions.Tests.Support;
using Articles.Storage;

namespace Articles.Functions.Tests.EndToEnd;

/// <summary>
/// Many clients at once over HTTP through the local host, on tables of their own (the audit checks all of them).
/// The API has no conditional writes: the last committed save wins, storage ETags settle the races inside, and a
/// request that keeps losing them ends in 503 + Retry-After, never in a half-written article.
/// </summary>
public sealed class ConcurrencyEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private HttpClient Client => host.Client;

    [Fact]
    public async Task HundredConcurrentPosts_OfOnePage_MakeOneArticle()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var page = FaultPages.Page(run, 1);

        var replies = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => PostAsync(page))));

        Assert.All(replies, reply => Assert.True(reply.Status is 200 or 201, reply.Text));
        var id = Assert.Single(replies.Select(reply => reply.Json.GetProperty("id").GetString()).Distinct());
        Assert.Single(replies, reply => reply.Status == 201);
        Assert.Single(replies.Select(reply => reply.Header("ETag")).Distinct());
        Assert.Single(await StoreAudit.ListAllAsync(Client, "/api/articles?limit=100"), item => item.GetProperty("id").GetString() == id);
        Assert.Empty(await StoreAudit.RunAsync(Client, host.Clients));
        Assert.Equal(204, (await Client.DeleteAsync($"/api/articles/{id}").ReadAsync()).Status);
    }

    /// <summary>
    /// Round after round, eight changed versions of one URL are posted while four clients delete the article. Every
    /// answer is a success or 503, and the end state is whole: the article with one version's metadata, raw HTML and
    /// listing entry, or nothing at all; the source and official counts match either way.
    /// </summary>
    [Fact]
    public async Task ConcurrentUpdatesAndDeletes_OfOneArticle_EndWholeOrGone()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var id = ArticleIdentity.Derive(FaultPages.Url(run, 7), []);
        var outcomes = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            Assert.True((await PostAsync(FaultPages.Page(run, 7, $" round {round}"))).Status is 200 or 201);
            var versions = Enumerable.Range(1, 8).Select(version => FaultPages.Page(run, 7, $" round {round} version {version}")).ToList();
            var posts = versions.Select(version => Task.Run(() => PostAsync(version))).ToList();
            var deletes = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Client.DeleteAsync($"/api/articles/{id}").ReadAsync())).ToList();

            var posted = await Task.WhenAll(posts);
            var deleted = await Task.WhenAll(deletes);

            Assert.All(posted, reply => Assert.True(reply.Status is 200 or 201 or 503, $"POST {reply.Status}: {reply.Text}"));
            Assert.All(deleted, reply => Assert.True(reply.Status is 204 or 404 or 503, $"DELETE {reply.Status}: {reply.Text}"));
            Assert.All(posted.Concat(deleted).Where(reply => reply.Status == 503), reply => Assert.NotNull(reply.Header("Retry-After")));
            var article = await Client.GetAsync($"/api/articles/{id}").ReadAsync();
            var html = await Client.GetAsync($"/api/articles/{id}/html").ReadAsync();
            var listed = (await StoreAudit.ListAllAsync(Client, "/api/articles?limit=100")).Where(item => item.GetProperty("id").GetString() == id).ToList();
            if (article.Status == 200)
            {
                // Whole: the raw HTML is the very version whose metadata is served, and the listing shows that version.
                var headline = article.Json.GetProperty("headline").GetString();
                var version = Assert.Single(versions.Prepend(FaultPages.Page(run, 7, $" round {round}")), bytes => bytes.AsSpan().SequenceEqual(html.Body));
                Assert.Contains($"round {round}", headline, StringComparison.Ordinal);
                Assert.Contains($"<h1>{headline}</h1>", System.Text.Encoding.UTF8.GetString(version), StringComparison.Ordinal);
                Assert.Equal(headline, Assert.Single(listed).GetProperty("headline").GetString());
                outcomes.Add("present");
            }
            else
            {
                Assert.Equal(404, article.Status);
                Assert.Equal(404, html.Status);
                Assert.Empty(listed);
                Assert.False(await host.Clients.Container(StorageNames.RawContainer).GetBlobClient(id).ExistsAsync(), "raw HTML left behind");
                outcomes.Add("gone");
            }

            Assert.Empty(await StoreAudit.RunAsync(Client, host.Clients));
        }

        Assert.Equal(6, outcomes.Count);
    }

    private async Task<Reply> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html; charset=utf-8");
        return await Client.PostAsync("/api/articles", content).ReadAsync();
    }
}
