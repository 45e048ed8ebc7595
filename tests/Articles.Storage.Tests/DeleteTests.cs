using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class DeleteTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Delete_removes_the_article_its_index_rows_counts_and_raw_blob()
    {
        var metadata = Sample.Article("https://news.example/delete/1", sources: ["Reuters", "BBC"], officials: [Sample.Person("Jane Roe", "minister")]);
        var saved = await Sample.SaveAsync(storage.Store, metadata);
        Assert.NotEmpty(await IndexRowsAsync(saved.Id));

        var deleted = await storage.Store.DeleteAsync(saved.Id);

        Assert.True(deleted);
        Assert.Null(await storage.Store.GetAsync(saved.Id));
        Assert.Null(await storage.Store.GetHtmlAsync(saved.Id));
        Assert.Empty(await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq {saved.Id}"));
        Assert.Empty(await IndexRowsAsync(saved.Id));
        Assert.False(await storage.Clients.Container(StorageNames.RawContainer).GetBlobClient(saved.Id).ExistsAsync());
        Assert.Empty((await storage.Store.ListSourcesAsync(100, null)).Items);
        Assert.Empty((await storage.Store.ListOfficialsAsync(100, null)).Items);
        Assert.Empty((await storage.Store.ListAsync(new ArticleQuery())).Items);
    }

    [Fact]
    public async Task Deleting_twice_reports_the_second_time_that_nothing_was_there()
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://news.example/delete/2"));

        Assert.True(await storage.Store.DeleteAsync(saved.Id));
        Assert.False(await storage.Store.DeleteAsync(saved.Id));
    }

    [Fact]
    public async Task A_deleted_article_can_be_posted_again()
    {
        var metadata = Sample.Article("https://news.example/delete/3", sources: ["AFP"]);
        var saved = await Sample.SaveAsync(storage.Store, metadata);
        await storage.Store.DeleteAsync(saved.Id);

        var again = await Sample.SaveAsync(storage.Store, metadata);

        Assert.Equal(SaveResult.Created, again.Result);
        Assert.Equal(saved.Id, again.Id);
        Assert.NotNull(await storage.Store.GetHtmlAsync(again.Id));
        Assert.Equal(1, (await storage.Store.ListSourcesAsync(10, null)).Items.Single(source => source.Name == "AFP").ArticleCount);
        await storage.Store.DeleteAsync(again.Id);
    }

    private async Task<List<string>> IndexRowsAsync(string id)
    {
        var found = new List<string>();
        foreach (var table in new[] { TableNames.ArticlesByDate, TableNames.ArticlesBySource, TableNames.ArticlesByOfficial })
        {
            found.AddRange((await storage.RowsAsync(table, $"ArticleId eq {id}")).Select(row => $"{table}/{row.PartitionKey}/{row.RowKey}"));
        }

        return found;
    }
}
