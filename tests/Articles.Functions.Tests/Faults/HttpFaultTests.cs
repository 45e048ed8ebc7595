using System.Net.Http.Headers;
using Articles.Functions.Tests.EndToEnd;
using Articles.Functions.Tests.Support;
using Articles.Storage;
using Xunit.Abstractions;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// HTTP posts in flight when storage disappears (and Azurite is killed and restarted, see <see cref="FaultyStorage"/>):
/// each gets its article (200/201) or a 503 problem with Retry-After; afterwards no article is half-written, and
/// posting the 503'd pages again stores each exactly once.
/// </summary>
[Collection(FaultyStorage.Collection)]
public sealed class HttpFaultTests(ITestOutputHelper output)
{
    private const int Posts = 48;

    [Fact]
    public async Task Posts_in_flight_when_storage_goes_get_503_with_Retry_After_and_leave_no_half_written_article()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        using var storage = new FaultyStorage();
        await storage.StartAsync();
        await using var host = await FaultHost.StartAsync(storage);
        var direct = storage.DirectClients(storage.Layout);

        // A stream of posts, one every 40 ms; storage goes once a few have been answered, so some are half-way
        // through their save at that moment. A few more are sent while it is gone.
        var answered = 0;
        var stream = Task.WhenAll(Enumerable.Range(0, Posts).Select(async page =>
        {
            await Task.Delay(page * 40);
            var reply = await PostAsync(host.Client, run, page);
            Interlocked.Increment(ref answered);
            return (Page: page, Reply: reply);
        }));
        while (Volatile.Read(ref answered) < 6)
        {
            await Task.Delay(20);
        }

        var whileDown = new List<(int Page, Reply Reply)>();
        await storage.OutageAsync(async () =>
        {
            await Task.Delay(500);
            foreach (var page in Enumerable.Range(Posts, 6))
            {
                whileDown.Add((page, await PostAsync(host.Client, run, page)));
            }
        });
        var replies = (await stream).Concat(whileDown).ToList();

        var unavailable = replies.Where(pair => pair.Reply.Status == 503).ToList();
        output.WriteLine($"HTTP fault test: {replies.Count} posts: {replies.Count(pair => pair.Reply.Status == 201)} × 201, " +
                         $"{replies.Count(pair => pair.Reply.Status == 200)} × 200, {unavailable.Count} × 503; {storage.Resets} connections reset");
        Assert.All(replies, pair => Assert.True(pair.Reply.Status is 200 or 201 or 503, $"page {pair.Page}: {pair.Reply.Status} {pair.Reply.Text}"));
        Assert.All(whileDown, pair => Assert.Equal(503, pair.Reply.Status));
        Assert.Contains(replies, pair => pair.Reply.Status is 200 or 201);
        foreach (var (_, reply) in unavailable)
        {
            var detail = reply.ProblemDetail(503);
            Assert.True(int.TryParse(reply.Header("Retry-After"), out var seconds) && seconds > 0, $"Retry-After: {reply.Header("Retry-After")}");
            Assert.DoesNotContain(AzuriteProcess.AccountKey, reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("AccountKey", reply.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("127.0.0.1", detail, StringComparison.Ordinal);
        }

        // After the outage: whatever a 503'd post left behind is invisible or complete, never half of an article.
        Assert.Empty(await StoreAudit.RunAsync(host.Client, direct, counts: false));
        foreach (var (page, reply) in replies)
        {
            var id = ArticleIdentity.Derive(FaultPages.Url(run, page), []);
            var article = await host.Client.GetAsync($"/api/articles/{id}").ReadAsync();
            var html = await host.Client.GetAsync($"/api/articles/{id}/html").ReadAsync();
            if (reply.Status != 503)
            {
                Assert.Equal(id, reply.Json.GetProperty("id").GetString());
                Assert.Equal(200, article.Status);
            }

            Assert.True(article.Status is 200 or 404, article.Text);
            Assert.Equal(article.Status, html.Status);
            if (html.Status == 200)
            {
                Assert.Equal(FaultPages.Page(run, page), html.Body);
            }
        }

        // The client does what Retry-After asks: every page gets stored, once.
        foreach (var (page, _) in unavailable)
        {
            Assert.True((await PostAsync(host.Client, run, page)).Status is 200 or 201);
        }

        Assert.Equal(replies.Count, (await StoreAudit.HeadsAsync(direct)).Count);
        Assert.Empty(await StoreAudit.RunAsync(host.Client, direct));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(AzuriteProcess.AccountKey, StringComparison.Ordinal));
    }

    private static async Task<Reply> PostAsync(HttpClient client, string run, int page)
    {
        using var content = new ByteArrayContent(FaultPages.Page(run, page));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html; charset=utf-8");
        return await client.PostAsync("/api/articles", content).ReadAsync();
    }
}
