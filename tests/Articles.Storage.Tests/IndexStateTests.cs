using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;
using Azure.Data.Tables;

namespace Articles.Storage.Tests;

/// <summary>
/// The state of index rows (docs/storage.md, "Listings and index row states"): pending rows are checked against the
/// head and turned listed; listed rows are trusted without a head read; rows of a version being replaced or deleted
/// are marked superseded before the head moves, so a save or delete cut off after its commit leaves nothing a
/// listing would trust.
/// </summary>
public sealed class IndexStateTests(CountingStorage storage) : IClassFixture<CountingStorage>
{
    private static readonly Func<Azure.Core.HttpMessage, bool> IndexDeletes = message =>
        message.Request.Method == Azure.Core.RequestMethod.Delete && message.Request.Uri.Path.Contains("ArticlesBy", StringComparison.Ordinal);

    [Fact]
    public async Task A_pending_row_of_the_committed_version_is_listed_after_one_check()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://is.example/pending", "Pending headline", "2018-01-10", "uk-UA", ["Pending Wire"]));
        var before = await DateRowAsync(saved.Id);

        var listed = await storage.Store.ListAsync(new ArticleQuery(Source: "Pending Wire"));
        var bySource = await SourceRowAsync("pending wire", saved.Id);

        Assert.Equal("pending", before.GetString("State"));
        Assert.Null(before.GetString("Headline"));
        Assert.Equal(["Pending headline"], listed.Items.Select(item => item.Headline));
        Assert.Equal(("listed", "Pending headline", "uk-UA", "uk"), (bySource.GetString("State"), bySource.GetString("Headline"), bySource.GetString("LanguageTag"), bySource.GetString("Language")));
        Assert.Equal("pending", (await DateRowAsync(saved.Id)).GetString("State"));
    }

    [Fact]
    public async Task A_listed_row_is_shown_from_its_own_fields_without_reading_the_head()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://is.example/trusted", "Trusted headline", "2018-02-10", sources: ["Trusted Wire"]));
        await storage.Store.ListAsync(new ArticleQuery(Source: "Trusted Wire"));
        var row = await SourceRowAsync("trusted wire", saved.Id);
        row["Headline"] = "From the index row";
        await storage.Table(TableNames.ArticlesBySource).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);

        var listed = await storage.Store.ListAsync(new ArticleQuery(Source: "Trusted Wire"));

        Assert.Equal(["From the index row"], listed.Items.Select(item => item.Headline));
    }

    [Fact]
    public async Task A_superseded_row_is_still_checked_and_never_listed_unchecked_again()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://is.example/marked", "Marked headline", "2018-03-10", sources: ["Marked Wire"]));
        var row = await SourceRowAsync("marked wire", saved.Id);
        row["State"] = "superseded";
        await storage.Table(TableNames.ArticlesBySource).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);

        var listed = await storage.Store.ListAsync(new ArticleQuery(Source: "Marked Wire"));
        var after = await SourceRowAsync("marked wire", saved.Id);

        // An update that gave up before its commit leaves this: the head still has the version, so it is listed.
        Assert.Equal(["Marked headline"], listed.Items.Select(item => item.Headline));
        Assert.Equal("superseded", after.GetString("State"));
        Assert.Null(after.GetString("Headline"));
    }

    [Fact]
    public async Task An_update_cut_off_after_its_commit_leaves_the_old_rows_superseded_and_unlisted()
    {
        var url = "https://is.example/update";
        var first = await Sample.SaveAsync(storage.Store, Sample.Article(url, "Old headline", "2018-04-10", sources: ["Update Wire", "Dropped Wire"]));
        await storage.Store.ListAsync(new ArticleQuery(Source: "Update Wire"));
        await storage.Store.ListAsync(new ArticleQuery(Source: "Dropped Wire"));
        await storage.Store.ListAsync(new ArticleQuery(From: new DateTimeOffset(2018, 4, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2018, 4, 30, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("listed", (await SourceRowAsync("dropped wire", first.Id)).GetString("State"));

        // The new version drops a source and moves the date; the clean-up of the old rows never happens.
        storage.Cut = IndexDeletes;
        try
        {
            await Assert.ThrowsAsync<CutException>(() => storage.Store.SaveAsync(Sample.Html("updated"), Sample.Article(url, "New headline", "2018-04-20", sources: ["Update Wire"])));
        }
        finally
        {
            storage.Cut = null;
        }

        var byDate = await storage.Store.ListAsync(new ArticleQuery(From: new DateTimeOffset(2018, 4, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2018, 4, 30, 0, 0, 0, TimeSpan.Zero)));
        var bySource = await storage.Store.ListAsync(new ArticleQuery(Source: "Update Wire"));
        var byDropped = await storage.Store.ListAsync(new ArticleQuery(Source: "Dropped Wire"));

        Assert.Equal(["New headline"], byDate.Items.Select(item => item.Headline));
        Assert.Equal(["New headline"], bySource.Items.Select(item => item.Headline));
        Assert.Empty(byDropped.Items);
        Assert.Equal("superseded", (await SourceRowAsync("dropped wire", first.Id)).GetString("State"));
        Assert.Equal(2, (await RowsAsync(TableNames.ArticlesByDate, TableClient.CreateQueryFilter($"PartitionKey eq {"2018-04"}"))).Count);
    }

    [Fact]
    public async Task A_delete_cut_off_after_the_head_went_leaves_nothing_listed()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://is.example/delete", "Deleted headline", "2018-05-10", sources: ["Delete Wire"]));
        await storage.Store.ListAsync(new ArticleQuery(Source: "Delete Wire"));
        Assert.Equal("listed", (await SourceRowAsync("delete wire", saved.Id)).GetString("State"));

        storage.Cut = IndexDeletes;
        try
        {
            await Assert.ThrowsAsync<CutException>(() => storage.Store.DeleteAsync(saved.Id));
        }
        finally
        {
            storage.Cut = null;
        }

        Assert.Null(await storage.Store.GetAsync(saved.Id));
        Assert.Empty((await storage.Store.ListAsync(new ArticleQuery(Source: "Delete Wire"))).Items);
        Assert.Equal("superseded", (await SourceRowAsync("delete wire", saved.Id)).GetString("State"));
    }

    [Fact]
    public async Task A_row_marked_superseded_while_a_listing_checks_it_is_not_turned_listed()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://is.example/race", "Race headline", "2018-06-10", sources: ["Race Wire"]));
        var row = await SourceRowAsync("Race Wire", saved.Id);
        var writer = new TableServiceClient(TestStorage.ConnectionString).GetTableClient(storage.Clients.Layout.Table(TableNames.ArticlesBySource));
        var marked = 0;

        // A writer marks the row between the listing's index query and its head read (an update about to commit).
        storage.Cut = message =>
        {
            if (message.Request.Method == Azure.Core.RequestMethod.Get
                && message.Request.Uri.Path.Contains("Articles(", StringComparison.Ordinal)
                && Interlocked.Exchange(ref marked, 1) == 0)
            {
                writer.UpdateEntity(new TableEntity(row.PartitionKey, row.RowKey) { ["State"] = "superseded" }, Azure.ETag.All, TableUpdateMode.Merge);
            }

            return false;
        };
        ResultPage<ArticleSummary> listed;
        try
        {
            listed = await storage.Store.ListAsync(new ArticleQuery(Source: "Race Wire"));
        }
        finally
        {
            storage.Cut = null;
        }

        var after = await SourceRowAsync("Race Wire", saved.Id);
        Assert.Equal(1, marked);
        Assert.Equal(["Race headline"], listed.Items.Select(item => item.Headline));
        Assert.Equal("superseded", after.GetString("State"));
        Assert.Null(after.GetString("Headline"));
    }

    private async Task<TableEntity> DateRowAsync(string id) =>
        (await RowsAsync(TableNames.ArticlesByDate, TableClient.CreateQueryFilter($"ArticleId eq {id}"))).Single();

    private async Task<TableEntity> SourceRowAsync(string name, string id) =>
        (await RowsAsync(TableNames.ArticlesBySource, TableClient.CreateQueryFilter($"PartitionKey eq {NameKey.For(name)} and ArticleId eq {id}"))).Single();

    private async Task<List<TableEntity>> RowsAsync(string table, string filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in storage.Table(table).QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
