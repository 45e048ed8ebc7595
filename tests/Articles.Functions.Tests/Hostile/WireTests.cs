using System.Net.Sockets;
using System.Text;
using Articles.Functions.Tests.EndToEnd;
using static Articles.Functions.Tests.Hostile.HostileBodies;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// Requests whose framing lies, sent over a raw socket because HttpClient will not send them, and bodies far over
/// the limit. What the client sees is asserted as it is: Kestrel frames HTTP/1.1, the function answers the body.
/// </summary>
public sealed class WireTests(HostileHostFixture host) : IClassFixture<HostileHostFixture>
{
    private readonly HostileApi api = new(host);

    [Fact]
    public async Task BodyShorterThanItsContentLength_TimesOutAsA4xx_AndNothingIsStored()
    {
        var before = await api.SnapshotAsync();
        var body = Utf8(Page("Short body"));

        // The connection stays open with 100 bytes missing: the server's minimum body data rate ends the wait.
        var response = await RawAsync(Request(body.Length + 100) + Encoding.UTF8.GetString(body));

        Assert.Matches("^HTTP/1.1 4(00|08) ", response);
        Assert.DoesNotContain("HTTP/1.1 5", response, StringComparison.Ordinal);
        Assert.Equal(before, await api.SnapshotAsync());
        await api.StillAnswersAsync();
    }

    [Fact]
    public async Task BodyLongerThanItsContentLength_IsCutThere_AndTheRestIsABadRequest()
    {
        var before = await api.ItemsAsync("/api/articles?limit=100", "id");
        var body = Utf8(Page("Long body"));
        var declared = body.Length - 20; // the page's end is lost, and its tail arrives as the line of a second "request"

        var response = await RawAsync(Request(declared) + Encoding.UTF8.GetString(body) + "\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 201", response, StringComparison.Ordinal);
        Assert.Contains("HTTP/1.1 400", response[12..], StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP/1.1 5", response, StringComparison.Ordinal);
        Assert.Single((await api.ItemsAsync("/api/articles?limit=100", "id")).Except(before));
        await api.StillAnswersAsync();
    }

    [Fact]
    public async Task FiftyMegabytes_AreRefusedBeforeTheyAreRead()
    {
        var before = await api.SnapshotAsync();
        var body = PageOfSize(50L * 1024 * 1024);

        var response = await RawAsync(Request(body.Length), body);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("The body is 52428800 bytes; the limit is 5242880 bytes", response, StringComparison.Ordinal);
        Assert.Equal(before, await api.SnapshotAsync());
        await api.StillAnswersAsync();
    }

    [Fact]
    public async Task FiftyMegabytes_ThroughHttpClient_IsA413OrAClosedConnection()
    {
        var before = await api.SnapshotAsync();
        try
        {
            var reply = await api.PostAsync(PageOfSize(50L * 1024 * 1024), "text/html");
            Assert.Contains("the limit is 5242880 bytes", reply.ProblemDetail(413), StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            // The server answered 413 and closed the connection while the client was still sending: acceptable.
        }

        Assert.Equal(before, await api.SnapshotAsync());
        await api.StillAnswersAsync();
    }

    [Fact]
    public async Task SixMegabytesChunked_WithoutContentLength_IsA413()
    {
        var before = await api.SnapshotAsync();
        using var content = new StreamContent(new MemoryStream(PageOfSize(6 * 1024 * 1024)));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/html");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        try
        {
            var reply = await api.Client.SendAsync(request).ReadAsync();
            Assert.Contains("larger than that; the limit is 5242880 bytes", reply.ProblemDetail(413), StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            // As above: the answer came before the whole body went out.
        }

        Assert.Equal(before, await api.SnapshotAsync());
        await api.StillAnswersAsync();
    }

    private string Request(long contentLength) =>
        $"POST /api/articles HTTP/1.1\r\nHost: {host.Client.BaseAddress!.Authority}\r\nContent-Type: text/html; charset=utf-8\r\n" +
        $"Content-Length: {contentLength}\r\n\r\n";

    /// <summary>Sends the bytes as they are and reads every response until the server closes or goes quiet.</summary>
    private async Task<string> RawAsync(string head, byte[]? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host.Client.BaseAddress!.Host, host.Client.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        if (body is not null)
        {
            using var sending = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await stream.WriteAsync(body, sending.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // The server may answer and close before the body is sent.
            }
        }

        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        // The first answer may wait for the server's body timeout; after an answer, two quiet seconds end the read.
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, quiet.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                quiet.CancelAfter(TimeSpan.FromSeconds(2));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // Quiet or reset after the last response: everything sent so far is what the client saw.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
