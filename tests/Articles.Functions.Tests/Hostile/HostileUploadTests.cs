using System.Text;
using System.Text.Json;
using Articles.Functions.Ingestion;
using Articles.Storage;
using Azure.Storage.Blobs.Models;
using static Articles.Functions.Tests.Hostile.HostileBodies;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// Hostile files dropped into articles-incoming, picked up by the local host's watcher. A refused file stores no
/// article but is never lost: it moves to articles-rejected with the reason in its metadata and in the ingestion log.
/// </summary>
public sealed class HostileUploadTests(HostileHostFixture host) : IClassFixture<HostileHostFixture>
{
    private readonly HostileApi api = new(host);

    public static TheoryData<string> Refused => [.. RefusedCases.Keys];

    public static TheoryData<string> Accepted => [.. AcceptedCases.Keys];

    private static Dictionary<string, RefusedUpload> RefusedCases { get; } = new()
    {
        ["empty file"] = new(() => [], "The document is empty."),
        ["whitespace only"] = new(() => Utf8("   \n\t \r\n"), "no HTML markup"),
        ["PNG image"] = new(Png, "PNG image"),
        ["gzip bomb"] = new(GzipBomb, "gzip archive"),
        ["6 MB file"] = new(() => PageOfSize(6 * 1024 * 1024), "the limit is 5242880 bytes"),
        ["NUL bytes"] = new(() => [.. "<html>"u8, 0, 0, .. "<p>x</p>"u8], "NUL bytes"),
        ["url metadata javascript:"] = new(() => Utf8(Page("Script url")), "not an absolute http or https URL", "javascript:alert(1)"),
        ["url metadata of 3000 characters"] = new(() => Utf8(Page("Long url")), "the limit is 2048", "https://a.example/" + new string('a', 3000)),
    };

    private static Dictionary<string, AcceptedUpload> AcceptedCases { get; } = new()
    {
        ["UTF-16LE without BOM"] = new(() => Encoding.Unicode.GetBytes(Page("Wide upload")), "text/html", "Wide upload"),
        ["UTF-16BE with BOM"] = new(() => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Page("Big-endian upload"))], null, "Big-endian upload"),
        ["invalid UTF-8 labelled UTF-8"] = new(() => [.. Utf8(Page("Broken bytes", "<p>")), 0xC3, 0x28, 0xFF, .. "</p>"u8], "text/html; charset=utf-8", "Broken bytes"),
        ["unknown charset in the blob's Content-Type"] = new(() => Utf8(Page("Odd label")), "text/html; charset=x-no-such-charset", "Odd label"),
        ["JSON-LD nested 10 000 deep"] = new(() => Utf8(Page("Deep upload", head: "<script type=\"application/ld+json\">" + NestedJson(10_000) + "</script>")), "text/html", "Deep upload"),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task RefusedFile_IsKeptWithItsReason_AndStoresNothing(string name)
    {
        var kind = RefusedCases[name];
        var blobName = $"hostile/{Guid.NewGuid():N}.html";
        var content = kind.Content();
        var before = await api.SnapshotAsync();

        await UploadAsync(blobName, content, kind.Url is null ? null : new Dictionary<string, string> { ["url"] = kind.Url });
        var record = await WaitAsync(blobName);

        Assert.Equal("rejected", record.GetProperty("status").GetString());
        Assert.Contains(kind.Reason, record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var kept = host.Clients.Container(StorageNames.RejectedContainer).GetBlobClient(blobName);
        var properties = (await kept.GetPropertiesAsync()).Value;
        Assert.Equal(content.Length, properties.ContentLength);
        Assert.Contains(kind.Reason, properties.Metadata[BlobIngestionProcessor.ReasonMetadataKey], StringComparison.Ordinal);
        Assert.False(await host.Clients.Container(StorageNames.IncomingContainer).GetBlobClient(blobName).ExistsAsync());
        Assert.Equal(before, await api.SnapshotAsync());
        await api.StillAnswersAsync();
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task OddButValidFile_BecomesAnArticle(string name)
    {
        var kind = AcceptedCases[name];
        var blobName = $"hostile/{Guid.NewGuid():N}.html";

        await UploadAsync(blobName, kind.Content(), contentType: kind.ContentType);
        var record = await WaitAsync(blobName);

        Assert.True(record.GetProperty("status").GetString() == "processed", record.GetRawText());
        var article = await api.GetAsync($"/api/articles/{record.GetProperty("articleId").GetString()}");
        Assert.Equal(kind.Headline, article.Json.GetProperty("headline").GetString());
        await api.StillAnswersAsync();
    }

    [Theory]
    [InlineData("name with spaces and #hash ?query.html")]
    [InlineData("deep/folders/per%cent+plus&amp;page.html")]
    [InlineData("назва українською — «лапки».html")]
    [InlineData("' or 1 eq 1 or '.html")]
    public async Task OddBlobNames_AreProcessed_AndFoundByName(string prefix)
    {
        var blobName = prefix.Replace(".html", $"-{Guid.NewGuid():N}.html", StringComparison.Ordinal);

        await UploadAsync(blobName, Utf8(Page("Odd name")));
        var record = await WaitAsync(blobName);

        Assert.Equal("processed", record.GetProperty("status").GetString());
        Assert.Equal(blobName, record.GetProperty("blobName").GetString());
        var listed = await api.ItemsAsync("/api/ingestions?status=processed&limit=100", "blobName");
        Assert.Contains(blobName, listed);
    }

    private async Task UploadAsync(string name, byte[] content, Dictionary<string, string>? metadata = null, string? contentType = null) =>
        await host.Clients.Container(StorageNames.IncomingContainer).GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { Metadata = metadata, HttpHeaders = contentType is null ? null : new BlobHttpHeaders { ContentType = contentType } });

    /// <summary>The ingestion record once it is final; the watcher polls every 250 ms, the deadline bounds a broken run.</summary>
    private async Task<JsonElement> WaitAsync(string blobName)
    {
        var path = "/api/ingestions/" + string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var reply = await api.GetAsync(path);
            Assert.True(reply.Status is 200 or 404, $"{reply.Status}: {reply.Text}");
            if (reply.Status == 200 && reply.Json.GetProperty("status").GetString() is "processed" or "rejected" or "failed")
            {
                return reply.Json;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{blobName} was not processed: {reply.Text}");
            await Task.Delay(200);
        }
    }

    private sealed record RefusedUpload(Func<byte[]> Content, string Reason, string? Url = null);

    private sealed record AcceptedUpload(Func<byte[]> Content, string? ContentType, string Headline);
}
