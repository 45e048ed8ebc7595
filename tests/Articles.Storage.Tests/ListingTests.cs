using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;
using Azure.Data.Tables;

namespace Articles.Storage.Tests;

/// <summary>One fixed set of articles, saved once, listed many ways.</summary>
public sealed class ListingFixture : IAsyncLifetime
{
    public StorageFixture Storage { get; } = new();

    public Dictionary<string, string> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        var articles = new[]
        {
            Sample.Article("https://l.example/1", "One", "2024-01-05T10:00:00+00:00", "uk", ["Reuters"], [Sample.Person("Jane Roe", "minister")]),
            Sample.Article("https://l.example/2", "Two", "2024-01-20", "en", ["Reuters", "BBC"]),
            Sample.Article("https://l.example/3", "Three", "2024-02-10T08:00:00+02:00", "uk", ["BBC"], [Sample.Person("Jane Roe", "prime minister")]),
            Sample.Article("https://l.example/4", "Four", "2024-03-01T00:00:00Z", "ru", ["Reuters"], [Sample.Person("John Doe")]),
            Sample.Article("https://l.example/5", "Five", "2024-03-15T12:30:00", "uk-UA", ["Reuters"], [Sample.Person("Jane Roe")]),
        };
        foreach (var article in articles)
        {
            Ids[article.Headline!] = (await Sample.SaveAsync(Storage.Store, article)).Id;
        }
    }

    public Task DisposeAsync() => Storage.DisposeAsync();
}

public sealed class ListingTests(ListingFixture listing) : IClassFixture<ListingFixture>
{
    private IArticleStore Store => listing.Storage.Store;

    [Fact]
    public async Task All_articles_newest_first()
    {
        var page = await Store.ListAsync(new ArticleQuery(Limit: 100));

        Assert.Equal(["Five", "Four", "Three", "Two", "One"], page.Items.Select(item => item.Headline));
        Assert.Null(page.NextCursor);
        var five = page.Items[0];
        Assert.Equal(listing.Ids["Five"], five.Id);
        Assert.Equal("https://l.example/5", five.Url);
        Assert.Equal("2024-03-15T12:30:00", five.Published);
        Assert.Equal(["Reuters"], five.Sources);
        Assert.Equal(["Jane Roe"], five.Officials);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_without_gaps_or_repeats()
    {
        var seen = new List<string?>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.ListAsync(new ArticleQuery(Limit: 2, Cursor: cursor));
            seen.AddRange(page.Items.Select(item => item.Headline));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(["Five", "Four", "Three", "Two", "One"], seen);
    }

    [Fact]
    public async Task By_source_any_spelling()
    {
        var reuters = await Store.ListAsync(new ArticleQuery(Source: " REUTERS "));
        var bbc = await Store.ListAsync(new ArticleQuery(Source: "bbc"));

        Assert.Equal(["Five", "Four", "Two", "One"], reuters.Items.Select(item => item.Headline));
        Assert.Equal(["Three", "Two"], bbc.Items.Select(item => item.Headline));
    }

    [Fact]
    public async Task By_official_with_paging()
    {
        var first = await Store.ListAsync(new ArticleQuery(Official: "jane roe", Limit: 2));
        var second = await Store.ListAsync(new ArticleQuery(Official: "jane roe", Limit: 2, Cursor: first.NextCursor));

        Assert.Equal(["Five", "Three"], first.Items.Select(item => item.Headline));
        Assert.Equal(["One"], second.Items.Select(item => item.Headline));
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task By_official_and_source_together()
    {
        var page = await Store.ListAsync(new ArticleQuery(Source: "Reuters", Official: "Jane Roe"));

        Assert.Equal(["Five", "One"], page.Items.Select(item => item.Headline));
    }

    [Fact]
    public async Task By_language_primary_subtag()
    {
        var uk = await Store.ListAsync(new ArticleQuery(Language: "UK"));
        var ukReuters = await Store.ListAsync(new ArticleQuery(Language: "uk", Source: "Reuters"));

        Assert.Equal(["Five", "Three", "One"], uk.Items.Select(item => item.Headline));
        Assert.Equal(["Five", "One"], ukReuters.Items.Select(item => item.Headline));
    }

    [Fact]
    public async Task By_published_range_inclusive()
    {
        var query = new ArticleQuery(From: new DateTimeOffset(2024, 1, 20, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var page = await Store.ListAsync(query);
        var bySource = await Store.ListAsync(query with { Source = "Reuters" });

        Assert.Equal(["Four", "Three", "Two"], page.Items.Select(item => item.Headline));
        Assert.Equal(["Four", "Two"], bySource.Items.Select(item => item.Headline));
    }

    [Fact]
    public async Task Range_with_paging_across_months()
    {
        var query = new ArticleQuery(From: new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), Limit: 1);
        var seen = new List<string?>();
        for (string? cursor = null; seen.Count < 10;)
        {
            var page = await Store.ListAsync(query with { Cursor = cursor });
            seen.AddRange(page.Items.Select(item => item.Headline));
            cursor = page.NextCursor;
            if (cursor is null)
            {
                break;
            }
        }

        Assert.Equal(["Five", "Four", "Three", "Two", "One"], seen);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("eyJ2IjoxfQ")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_cursor_is_refused_clearly(string cursor)
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListAsync(new ArticleQuery(Cursor: cursor)));

        Assert.Contains("cursor is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_cursor_is_refused()
    {
        var cursor = (await Store.ListAsync(new ArticleQuery(Limit: 1))).NextCursor!;
        var altered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];

        await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListAsync(new ArticleQuery(Limit: 1, Cursor: altered)));
    }

    [Fact]
    public async Task A_cursor_from_another_listing_is_refused()
    {
        var bySource = (await Store.ListAsync(new ArticleQuery(Source: "Reuters", Limit: 1))).NextCursor!;
        var sources = (await Store.ListSourcesAsync(1, null)).NextCursor!;

        var wrongKind = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListAsync(new ArticleQuery(Limit: 1, Cursor: bySource)));
        var otherFilter = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListAsync(new ArticleQuery(Source: "BBC", Limit: 1, Cursor: bySource)));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListOfficialsAsync(1, sources));

        Assert.Contains("different listing", wrongKind.Message, StringComparison.Ordinal);
        Assert.Contains("different listing", otherFilter.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Limits_outside_1_to_100_are_refused(int limit)
    {
        await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListAsync(new ArticleQuery(Limit: limit)));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListSourcesAsync(limit, null));
    }

    [Fact]
    public async Task From_after_to_is_refused() =>
        await Assert.ThrowsAsync<InvalidQueryException>(() => Store.ListAsync(new ArticleQuery(From: DateTimeOffset.UtcNow, To: DateTimeOffset.UtcNow.AddDays(-1))));

    [Fact]
    public async Task Index_rows_without_a_committed_article_are_skipped()
    {
        var byDate = listing.Storage.Table(TableNames.ArticlesByDate);
        var real = (await listing.Storage.RowsAsync(TableNames.ArticlesByDate, $"ArticleId eq {listing.Ids["Four"]}")).Single();
        var missingId = ArticleIdentity.Derive("https://l.example/never-committed", []);
        var orphan = new TableEntity(real.PartitionKey, real.RowKey.Replace(listing.Ids["Four"], missingId, StringComparison.Ordinal))
        {
            ["ArticleId"] = missingId, ["Version"] = real.GetString("Version"), ["Language"] = "ru",
        };
        var otherVersion = new TableEntity(real.PartitionKey, real.RowKey[..^3] + "zzz")
        {
            ["ArticleId"] = listing.Ids["Four"], ["Version"] = real.GetString("Version")![..^3] + "zzz", ["Language"] = "ru",
        };
        await byDate.UpsertEntityAsync(orphan);
        await byDate.UpsertEntityAsync(otherVersion);
        try
        {
            var all = await Store.ListAsync(new ArticleQuery(Limit: 100));
            var paged = await Store.ListAsync(new ArticleQuery(Limit: 2, Cursor: (await Store.ListAsync(new ArticleQuery(Limit: 1))).NextCursor));

            Assert.Equal(["Five", "Four", "Three", "Two", "One"], all.Items.Select(item => item.Headline));
            Assert.Equal(["Four", "Three"], paged.Items.Select(item => item.Headline));
        }
        finally
        {
            await byDate.DeleteEntityAsync(orphan.PartitionKey, orphan.RowKey);
            await byDate.DeleteEntityAsync(otherVersion.PartitionKey, otherVersion.RowKey);
        }
    }

    [Fact]
    public async Task Month_partitions_and_row_keys_follow_the_documented_layout()
    {
        var row = (await listing.Storage.RowsAsync(TableNames.ArticlesByDate, $"ArticleId eq {listing.Ids["Three"]}")).Single();

        Assert.Equal("2024-02", row.PartitionKey);
        Assert.Matches($"^[0-9]{{19}}-{listing.Ids["Three"]}-[a-z2-7]{{26}}$", row.RowKey);
    }
}
