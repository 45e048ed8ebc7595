using Articles.Functions.Functions;
using Articles.Functions.Ingestion;
using Articles.Functions.Tests.Support;
using Articles.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Articles.Functions.Tests.Functions;

/// <summary>The blob trigger's function class, given a BlobClient on Azurite the way the worker binds it.</summary>
public sealed class IngestIncomingBlobTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateTimeOffset Recorded = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HtmlUpload_BecomesAnArticle_AndLeavesTheIncomingContainer()
    {
        var name = $"news/{Guid.NewGuid():N}.html";
        var blob = await UploadAsync(name, Pages.English, new Dictionary<string, string> { ["url"] = "https://coastal.example/ferry" });

        await RunAsync(blob, name);

        var record = await app.Log.GetAsync(name);
        Assert.Equal(IngestionStatus.Processed, record!.Status);
        Assert.Equal(1, record.Attempts);
        Assert.False(await blob.ExistsAsync());
        var article = await app.Store.GetAsync(record.ArticleId!);
        Assert.Equal("https://coastal.example/ferry", article!.Metadata.Url);
        var json = System.Text.Json.JsonSerializer.SerializeToElement(article.Metadata, Articles.Extraction.ArticleJson.Options);
        Expected.SameAsExtractor(json, Pages.English, "text/html", "https://coastal.example/ferry");
        Assert.Equal(Pages.English, (await app.Store.GetHtmlAsync(record.ArticleId!))!.Bytes);
    }

    [Fact]
    public async Task Garbage_IsMovedToRejected_WithTheReason()
    {
        var name = $"{Guid.NewGuid():N}.pdf";
        byte[] pdf = [.. "%PDF-1.7\n"u8, 0, 1, 2, 3];
        var blob = await UploadAsync(name, pdf);

        await RunAsync(blob, name);

        var record = await app.Log.GetAsync(name);
        Assert.Equal(IngestionStatus.Rejected, record!.Status);
        Assert.Contains("PDF", record.Reason, StringComparison.Ordinal);
        Assert.False(await blob.ExistsAsync());
        var rejected = app.Clients.Container(StorageNames.RejectedContainer).GetBlobClient(name);
        Assert.Equal(pdf, (await rejected.DownloadContentAsync()).Value.Content.ToArray());
        var properties = (await rejected.GetPropertiesAsync()).Value;
        Assert.Contains("PDF", properties.Metadata[BlobIngestionProcessor.ReasonMetadataKey], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUrlMetadata_IsRejectedWithTheReason()
    {
        var name = $"{Guid.NewGuid():N}.html";
        var blob = await UploadAsync(name, Pages.English, new Dictionary<string, string> { ["url"] = "not a url" });

        await RunAsync(blob, name);

        var record = await app.Log.GetAsync(name);
        Assert.Equal(IngestionStatus.Rejected, record!.Status);
        Assert.Contains("metadata 'url'", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooLargeUpload_IsRejected_AndKeptWhole()
    {
        var name = $"{Guid.NewGuid():N}.html";
        var big = new byte[AppFixture.MaxHtmlBytes + 1];
        Array.Fill(big, (byte)'<');
        var blob = await UploadAsync(name, big);

        await RunAsync(blob, name);

        var record = await app.Log.GetAsync(name);
        Assert.Equal(IngestionStatus.Rejected, record!.Status);
        Assert.Contains("limit", record.Reason, StringComparison.Ordinal);
        var rejected = app.Clients.Container(StorageNames.RejectedContainer).GetBlobClient(name);
        Assert.Equal(big.Length, (await rejected.GetPropertiesAsync()).Value.ContentLength);
    }

    [Fact]
    public async Task Redelivery_AfterSuccess_ChangesNothing()
    {
        var name = $"{Guid.NewGuid():N}.html";
        var blob = await UploadAsync(name, Pages.Unique("Delivered twice"));
        await RunAsync(blob, name);
        var first = await app.Log.GetAsync(name);

        await RunAsync(blob, name);

        Assert.Equal(first, await app.Log.GetAsync(name));
    }

    [Fact]
    public async Task SamePageUploadedTwice_IsOneArticle()
    {
        var page = Pages.Unique("Uploaded twice");
        var (one, two) = ($"{Guid.NewGuid():N}.html", $"{Guid.NewGuid():N}.html");
        await RunAsync(await UploadAsync(one, page), one);
        await RunAsync(await UploadAsync(two, page), two);

        var first = await app.Log.GetAsync(one);
        var second = await app.Log.GetAsync(two);

        Assert.Equal(first!.ArticleId, second!.ArticleId);
        var listed = await app.Store.ListAsync(new ArticleQuery(Limit: 100));
        Assert.Single(listed.Items, item => item.Id == first.ArticleId);
    }

    [Fact]
    public async Task StorageOutage_Throws_SoTheHostRetries_AndTheBlobStays()
    {
        var name = $"{Guid.NewGuid():N}.html";
        var blob = await UploadAsync(name, Pages.Unique("Outage"));
        var unreachable = new BlobClient(new Uri($"http://127.0.0.1:9/devstoreaccount1/x/{name}"),
            new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) } });

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => RunAsync(unreachable, name));

        Assert.True(await blob.ExistsAsync());
        Assert.Equal(IngestionStatus.Failed, (await app.Log.GetAsync(name))!.Status);
    }

    [Fact]
    public async Task ReDelivery_AfterTheFinalRecord_OnlyRemovesTheUpload()
    {
        // The final record of this very upload exists (an earlier delivery failed only to delete the blob).
        var name = $"{Guid.NewGuid():N}.html";
        var blob = await UploadAsync(name, Pages.Unique("Delivered twice"));
        var etag = (await blob.GetPropertiesAsync()).Value.ETag.ToString();
        var final = new IngestionRecord(name, IngestionStatus.Processed, "abcdefghijklmnopqrstuvwxyz", null, 1, Recorded) { BlobETag = etag };
        await app.Log.RecordAsync(final);

        await RunAsync(blob, name);

        Assert.False(await blob.ExistsAsync());
        Assert.Equal(final, await app.Log.GetAsync(name));
    }

    [Fact]
    public async Task NewUpload_UnderAProcessedName_IsProcessedAgain()
    {
        var name = $"{Guid.NewGuid():N}.html";
        var blob = await UploadAsync(name, Pages.Unique("Uploaded again"));
        await app.Log.RecordAsync(new IngestionRecord(name, IngestionStatus.Rejected, null, "old upload", 1, DateTimeOffset.UtcNow) { BlobETag = "\"0x1\"" });

        await RunAsync(blob, name);

        var record = await app.Log.GetAsync(name);
        Assert.Equal((IngestionStatus.Processed, 2), (record!.Status, record.Attempts));
        Assert.NotNull(await app.Store.GetAsync(record.ArticleId!));
        Assert.False(await blob.ExistsAsync());
    }

    [Fact]
    public async Task StorageOutage_DoesNotOverwriteAFinalRecord()
    {
        var name = $"{Guid.NewGuid():N}.html";
        var final = new IngestionRecord(name, IngestionStatus.Processed, "abcdefghijklmnopqrstuvwxyz", null, 1, Recorded) { BlobETag = "\"0x2\"" };
        await app.Log.RecordAsync(final);
        var unreachable = new BlobClient(new Uri($"http://127.0.0.1:9/devstoreaccount1/x/{name}"),
            new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) } });

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => RunAsync(unreachable, name));

        Assert.Equal(final, await app.Log.GetAsync(name));
    }

    private async Task<BlobClient> UploadAsync(string name, byte[] content, Dictionary<string, string>? metadata = null)
    {
        var blob = app.Clients.Container(StorageNames.IncomingContainer).GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Metadata = metadata });
        return blob;
    }

    private Task RunAsync(BlobClient blob, string name) => app.Function<IngestIncomingBlob>().Run(blob, name, CancellationToken.None);
}
