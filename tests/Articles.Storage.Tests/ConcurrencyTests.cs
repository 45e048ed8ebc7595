using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class ConcurrencyTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Thirty_concurrent_saves_of_one_page_make_one_article()
    {
        var metadata = Sample.Article("https://c.example/same", sources: ["Reuters", "BBC"], officials: [Sample.Person("Jane Roe", "minister")]);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => storage.Store.SaveAsync(Sample.Html("same page"), metadata))));

        var id = Assert.Single(outcomes.Select(outcome => outcome.Id).Distinct());
        Assert.Equal(1, outcomes.Count(outcome => outcome.Result == SaveResult.Created));
        Assert.Equal(29, outcomes.Count(outcome => outcome.Result == SaveResult.Unchanged));
        Assert.Single(await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq '{id}'"));
        Assert.Single(await storage.RowsAsync(TableNames.ArticlesByDate, $"ArticleId eq '{id}'"));
        Assert.Equal(2, (await storage.RowsAsync(TableNames.ArticlesBySource, $"ArticleId eq '{id}'")).Count);
        Assert.Single((await storage.Store.ListAsync(new ArticleQuery())).Items, item => item.Id == id);
        Assert.All((await storage.Store.ListSourcesAsync(10, null)).Items, source => Assert.Equal(1, source.ArticleCount));
        Assert.Equal(1, (await storage.Store.ListOfficialsAsync(10, null)).Items.Single().ArticleCount);
    }

    [Fact]
    public async Task Concurrent_saves_of_different_versions_end_consistent()
    {
        const string url = "https://c.example/versions";
        var versions = Enumerable.Range(0, 12)
            .Select(index => (Html: Sample.Html($"version {index}"), Metadata: Sample.Article(url, $"Version {index}", sources: [$"Source {index % 3}"])))
            .ToList();

        await Task.WhenAll(versions.Select(version => Task.Run(() => storage.Store.SaveAsync(version.Html, version.Metadata))));

        var id = ArticleIdentity.Derive(url, []);
        var stored = await storage.Store.GetAsync(id);
        var raw = await storage.Store.GetHtmlAsync(id);
        var winner = versions.Single(version => version.Metadata.Headline == stored!.Metadata.Headline);
        Assert.Equal(winner.Html.Html.ToArray(), raw!.Bytes);
        var listed = (await storage.Store.ListAsync(new ArticleQuery())).Items.Where(item => item.Id == id).ToList();
        Assert.Equal(winner.Metadata.Headline, Assert.Single(listed).Headline);
        var sources = (await storage.Store.ListSourcesAsync(10, null)).Items;
        Assert.Equal(winner.Metadata.Sources.Single().Name, Assert.Single(sources).Name);
        Assert.Equal(1, sources[0].ArticleCount);
    }
}
