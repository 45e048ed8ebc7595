using System.Globalization;
using Articles.Functions.Tests.EndToEnd;
using Articles.Storage;
using Articles.Storage.Layout;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Xunit.Abstractions;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// Uploads many blobs, crashes storage part-way through their ingestion (Azurite killed and restarted with its data,
/// see <see cref="FaultyStorage"/>), and checks that every upload ends processed or rejected with a reason, exactly
/// once: none lost, no duplicate article, nothing listed that does not exist. FAULT_UPLOADS sets the number of
/// uploads (300 by default).
/// </summary>
[Collection(FaultyStorage.Collection)]
public sealed class IngestionFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Every_upload_ends_processed_or_rejected_exactly_once_after_a_storage_crash()
    {
        var count = Uploads();
        var run = Guid.NewGuid().ToString("N")[..8];
        var plan = UploadPlan(run, count);
        using var storage = new FaultyStorage();
        await storage.StartAsync();
        await using var host = await FaultHost.StartAsync(storage);
        var direct = storage.DirectClients(storage.Layout);
        var incoming = direct.Container(StorageNames.IncomingContainer);

        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (upload, token) =>
            await incoming.GetBlobClient(upload.Name).UploadAsync(BinaryData.FromBytes(upload.Bytes), new BlobUploadOptions { Metadata = upload.Metadata }, token));
        var finalAtCut = await WaitUntilAsync(direct, final => final >= count / 3, TimeSpan.FromSeconds(60));
        await storage.OutageAsync();
        var finalAtEnd = await WaitUntilAsync(direct, final => final >= count, Deadline, incomingEmpty: true);

        var records = await RecordsAsync(direct);
        var byName = plan.ToDictionary(upload => upload.Name, upload => records.GetValueOrDefault(upload.Name));
        var processed = byName.Count(pair => pair.Value?.Status == IngestionStatus.Processed);
        var rejected = byName.Count(pair => pair.Value?.Status == IngestionStatus.Rejected && !string.IsNullOrWhiteSpace(pair.Value.Reason));
        var lost = byName.Count(pair => pair.Value is not { IsFinal: true });
        var wrong = plan.Count(upload => byName[upload.Name] is { IsFinal: true } record
                                         && record.Status != (upload.Page is null ? IngestionStatus.Rejected : IngestionStatus.Processed));
        var articleOfPage = plan.Where(upload => upload.Page is not null && byName[upload.Name]?.ArticleId is not null)
            .GroupBy(upload => upload.Page!.Value)
            .ToDictionary(group => group.Key, group => group.Select(upload => byName[upload.Name]!.ArticleId!).Distinct().ToList());
        var heads = await StoreAudit.HeadsAsync(direct);
        var pages = plan.Where(upload => upload.Page is not null).Select(upload => upload.Page).Distinct().Count();
        var duplicated = Math.Max(0, heads.Count - pages) + articleOfPage.Values.Sum(ids => ids.Count - 1);
        var listedNames = (await StoreAudit.ListAllAsync(host.Client, "/api/ingestions?limit=100")).Select(item => item.GetProperty("blobName").GetString()).ToList();
        var problems = await StoreAudit.RunAsync(host.Client, direct);
        var retried = records.Values.Count(record => record.Attempts > 1);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fault test: uploaded {count} / processed {processed} / rejected {rejected} / lost {lost} / duplicated {duplicated} " +
            $"(final before the crash {finalAtCut}, after {finalAtEnd}; {retried} uploads needed more than one attempt; " +
            $"{storage.Resets} connections reset; {heads.Count} articles for {pages} distinct pages)"));
        foreach (var problem in problems.Take(20))
        {
            output.WriteLine(problem);
        }

        Assert.InRange(finalAtCut, 1, count - 1);
        Assert.True(storage.Resets > 0, "the outage never reached the app");
        Assert.Equal(0, lost);
        Assert.Equal(0, wrong);
        Assert.Equal(plan.Count(upload => upload.Page is null), rejected);
        Assert.Equal(count - rejected, processed);
        Assert.Equal(0, duplicated);
        Assert.Equal(pages, heads.Count);
        Assert.Equal(plan.Select(upload => upload.Name).Order(StringComparer.Ordinal), listedNames.Order(StringComparer.Ordinal));
        Assert.Empty(problems);
        Assert.False(await incoming.GetBlobsAsync().GetAsyncEnumerator().MoveNextAsync(), "uploads left in articles-incoming");
        var rejectedContainer = direct.Container(StorageNames.RejectedContainer);
        foreach (var upload in plan.Where(upload => upload.Page is null))
        {
            Assert.Equal(upload.Bytes, (await rejectedContainer.GetBlobClient(upload.Name).DownloadContentAsync()).Value.Content.ToArray());
        }

        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(AzuriteProcess.AccountKey, StringComparison.Ordinal));
    }

    private static int Uploads() =>
        int.TryParse(Environment.GetEnvironmentVariable("FAULT_UPLOADS"), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 30 ? value : 300;

    /// <summary>
    /// Every 25th upload is garbage (rejected); the last ten repeat earlier pages byte for byte under other names
    /// (one article each, not two); the rest are distinct pages.
    /// </summary>
    private static List<Upload> UploadPlan(string run, int count)
    {
        static bool IsGarbage(int index) => index % 25 == 12;
        var plan = new List<Upload>();
        for (var index = 0; index < count; index++)
        {
            if (IsGarbage(index))
            {
                plan.Add(new Upload($"faults/{index:D4}.bin", FaultPages.Garbage(index), null, null));
                continue;
            }

            var page = index < count - 10 ? index : (index * 7) % (count - 10);
            page = IsGarbage(page) ? page + 1 : page;
            var name = page == index ? $"faults/{index:D4}.html" : $"faults/{index:D4}-copy-of-{page:D4}.html";
            plan.Add(new Upload(name, FaultPages.Page(run, page), new Dictionary<string, string> { ["url"] = FaultPages.Url(run, page) }, page));
        }

        return plan;
    }

    /// <summary>Waits (reading storage directly, polling every 100 ms) until enough uploads have a final record.</summary>
    private static async Task<int> WaitUntilAsync(ArticleStorageClients direct, Func<int, bool> enough, TimeSpan limit, bool incomingEmpty = false)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var final = (await RecordsAsync(direct)).Values.Count(record => record.IsFinal);
            var done = enough(final) && (!incomingEmpty || !await direct.Container(StorageNames.IncomingContainer).GetBlobsAsync().GetAsyncEnumerator().MoveNextAsync());
            if (done || DateTimeOffset.UtcNow > deadline)
            {
                return final;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<string, IngestionRecord>> RecordsAsync(ArticleStorageClients direct)
    {
        var records = new Dictionary<string, IngestionRecord>(StringComparer.Ordinal);
        await foreach (var row in direct.Table(TableNames.Ingestions).QueryAsync<TableEntity>())
        {
            var status = Enum.Parse<IngestionStatus>(row.GetString("Status")!, ignoreCase: true);
            var name = row.GetString("BlobName")!;
            records[name] = new IngestionRecord(name, status, row.GetString("ArticleId"), row.GetString("Reason"), row.GetInt32("Attempts") ?? 0, row.GetDateTimeOffset("UpdatedAt") ?? default);
        }

        return records;
    }

    /// <param name="Page">The distinct page it carries; null for garbage.</param>
    private sealed record Upload(string Name, byte[] Bytes, Dictionary<string, string>? Metadata, int? Page);
}
