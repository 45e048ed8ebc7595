using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

/// <summary>
/// How many storage requests the common operations cost (docs/performance.md, "Fewer round trips"): pinned so a
/// change that adds round trips to a save, a read or a list page shows up here.
/// </summary>
public sealed class RoundTripTests(CountingStorage storage) : IClassFixture<CountingStorage>
{
    [Fact]
    public async Task A_save_costs_a_fixed_number_of_requests_and_an_unchanged_save_two()
    {
        var names = new[] { "Round Trip Agency", "Second Wire" };
        var official = new[] { Sample.Person("Olena Trip", "minister") };
        var first = Sample.Article("https://rt.example/1", published: "2021-04-01", sources: names, officials: official);
        var second = Sample.Article("https://rt.example/2", published: "2021-04-02", sources: names, officials: official);

        // New article, new month, new names: head read; 4 index rows (date, 2 sources, 1 official) + the month row;
        // commit; per name the summary read, a count of the (empty) partition and one transaction; the
        // AggregatedVersion mark. Blob: state, upload.
        var newNames = await storage.CountAsync(() => Sample.SaveAsync(storage.Store, first));
        // Same month (the month row is written once per process), known names: summary read + transaction each.
        var knownNames = await storage.CountAsync(() => Sample.SaveAsync(storage.Store, second));
        var unchanged = await storage.CountAsync(() => Sample.SaveAsync(storage.Store, second));

        Assert.Equal((1 + 4 + 1 + 1 + (3 * 3) + 1, 2L), newNames);
        Assert.Equal((1 + 4 + 1 + (3 * 2) + 1, 2L), knownNames);
        Assert.Equal((1L, 1L), unchanged);
    }

    [Fact]
    public async Task A_get_by_id_of_a_small_article_is_one_request()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://rt.example/get", sources: ["Get Wire"]));

        var count = await storage.CountAsync(() => storage.Store.GetAsync(saved.Id));

        Assert.Equal((1L, 0L), count);
    }

    [Fact]
    public async Task A_list_page_reads_the_head_of_new_rows_once_then_only_the_indexes()
    {
        foreach (var n in Enumerable.Range(1, 3))
        {
            await Sample.SaveAsync(storage.Store, Sample.Article($"https://rt.example/list-{n}", $"List {n}", $"2019-07-0{n}", sources: ["List Wire"]));
        }

        var query = new ArticleQuery(From: new DateTimeOffset(2019, 7, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2019, 7, 31, 0, 0, 0, TimeSpan.Zero));
        var firstPage = await storage.CountAsync(() => storage.Store.ListAsync(query));
        var again = await storage.CountAsync(() => storage.Store.ListAsync(query));
        var bySource = await storage.CountAsync(() => storage.Store.ListAsync(new ArticleQuery(Source: "List Wire")));
        var items = await storage.Store.ListAsync(query);

        // First: the months query, the index query, then per new row a head read and the change to listed.
        Assert.Equal((2L + (3 * 2), 0L), firstPage);
        Assert.Equal((2L, 0L), again);
        Assert.Equal((1L + (3 * 2), 0L), bySource);
        Assert.Equal(["List 3", "List 2", "List 1"], items.Items.Select(item => item.Headline));
    }
}
