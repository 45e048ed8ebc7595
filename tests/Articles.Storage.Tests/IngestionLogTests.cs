using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class IngestionLogTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTimeOffset Now = new(2024, 10, 14, 9, 25, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_record_is_written_read_and_replaced()
    {
        const string blob = "uploads/2024/Стаття #1?.html";
        await storage.Log.RecordAsync(new IngestionRecord(blob, IngestionStatus.Processing, null, null, 1, Now));
        await storage.Log.RecordAsync(new IngestionRecord(blob, IngestionStatus.Processed, "abcdefghijklmnopqrstuvwxyz", null, 2, Now.AddSeconds(5)));

        var record = await storage.Log.GetAsync(blob);

        Assert.Equal(new IngestionRecord(blob, IngestionStatus.Processed, "abcdefghijklmnopqrstuvwxyz", null, 2, Now.AddSeconds(5)), record);
        Assert.Null(await storage.Log.GetAsync("uploads/2024/стаття #1?.html"));
        Assert.Null(await storage.Log.GetAsync("never-uploaded.html"));
    }

    [Fact]
    public async Task Records_list_by_status_in_pages()
    {
        for (var index = 0; index < 5; index++)
        {
            await storage.Log.RecordAsync(new IngestionRecord($"list/rejected-{index}.bin", IngestionStatus.Rejected, null, "not an HTML document", 1, Now));
        }

        await storage.Log.RecordAsync(new IngestionRecord("list/failed.html", IngestionStatus.Failed, null, new string('x', 100_000), 3, Now));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await storage.Log.ListAsync(IngestionStatus.Rejected, 2, cursor);
            seen.AddRange(page.Items.Select(item => item.BlobName));
            Assert.All(page.Items, item => Assert.Equal("not an HTML document", item.Reason));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 5).Select(index => $"list/rejected-{index}.bin"), seen);
        var failed = Assert.Single((await storage.Log.ListAsync(IngestionStatus.Failed, 10, null)).Items);
        Assert.Equal(3, failed.Attempts);
        Assert.True(failed.Reason!.Length < 100_000);
        Assert.True((await storage.Log.ListAsync(null, 100, null)).Items.Count >= 6);
    }

    [Fact]
    public async Task A_cursor_for_another_status_is_refused()
    {
        for (var index = 0; index < 3; index++)
        {
            await storage.Log.RecordAsync(new IngestionRecord($"cursor/{index}", IngestionStatus.Processed, "abcdefghijklmnopqrstuvwxyz", null, 1, Now));
        }

        var cursor = (await storage.Log.ListAsync(IngestionStatus.Processed, 1, null)).NextCursor;

        Assert.NotNull(cursor);
        await Assert.ThrowsAsync<InvalidQueryException>(() => storage.Log.ListAsync(IngestionStatus.Rejected, 1, cursor));
        await Assert.ThrowsAsync<InvalidQueryException>(() => storage.Log.ListAsync(null, 1, "forged"));
        await Assert.ThrowsAsync<InvalidQueryException>(() => storage.Log.ListAsync(null, 0, null));
    }
}
