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
        Assert.Single(await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq {id}"));
        Assert.Single(await storage.RowsAsync(TableNames.ArticlesByDate, $"ArticleId eq {id}"));
        Assert.Equal(2, (await storage.RowsAsync(TableNames.ArticlesBySource, $"ArticleId eq {id}")).Count);
        Assert.Single((await storage.Store.ListAsync(new ArticleQuery(Limit: 100))).Items, item => item.Id == id);
        var sources = (await storage.Store.ListSourcesAsync(100, null)).Items.Where(source => source.Name is "Reuters" or "BBC").ToList();
        Assert.Equal([1, 1], sources.Select(source => source.ArticleCount));
        Assert.Equal(1, (await storage.Store.ListOfficialsAsync(100, null)).Items.Single(official => official.Name == "Jane Roe").ArticleCount);
        await storage.Store.DeleteAsync(id);
    }

    [Fact]
    public async Task Twenty_articles_citing_one_source_at_once_are_all_counted()
    {
        var articles = Enumerable.Range(0, 20)
            .Select(index => Sample.Article($"https://c.example/hot/{index}", published: $"2024-04-{index + 1:D2}", sources: ["Hot Wire"], officials: [Sample.Person("Busy Speaker", $"role {index}")]))
            .ToList();

        var outcomes = await Task.WhenAll(articles.Select(article => Task.Run(() => Sample.SaveAsync(storage.Store, article))));

        var source = (await storage.Store.ListSourcesAsync(100, null)).Items.Single(item => item.Name == "Hot Wire");
        var official = (await storage.Store.ListOfficialsAsync(100, null)).Items.Single(item => item.Name == "Busy Speaker");
        Assert.Equal(20, source.ArticleCount);
        Assert.Equal(outcomes[19].Id, source.LatestArticleId);
        Assert.Equal((20, "role 19"), (official.ArticleCount, official.Role));
        await Task.WhenAll(outcomes.Select(outcome => storage.Store.DeleteAsync(outcome.Id)));
        Assert.DoesNotContain((await storage.Store.ListSourcesAsync(100, null)).Items, item => item.Name == "Hot Wire");
    }

    [Fact]
    public async Task A_save_racing_a_delete_never_leaves_an_article_without_its_raw_html()
    {
        // The same page posted again while it is deleted: the save may find the head gone but the raw blob (of its
        // own version) still there; the delete must not then remove the blob the new head relies on.
        var metadata = Sample.Article("https://c.example/delete-race", sources: ["Race Wire"]);
        var outcomes = new List<bool>();
        for (var round = 0; round < 25; round++)
        {
            var saved = await storage.Store.SaveAsync(Sample.Html("delete race"), metadata);
            var racers = new List<Task>
            {
                Task.Run(() => storage.Store.DeleteAsync(saved.Id)),
                Task.Run(() => storage.Store.SaveAsync(Sample.Html("delete race"), metadata)),
                Task.Run(() => storage.Store.SaveAsync(Sample.Html("delete race"), metadata)),
            };
            await Task.WhenAll(racers);

            var article = await storage.Store.GetAsync(saved.Id);
            var html = await storage.Store.GetHtmlAsync(saved.Id);
            Assert.Equal(article is not null, html is not null);
            var counted = (await storage.Store.ListSourcesAsync(100, null)).Items.SingleOrDefault(source => source.Name == "Race Wire")?.ArticleCount ?? 0;
            Assert.Equal(article is null ? 0 : 1, counted);
            outcomes.Add(article is not null);
        }

        await storage.Store.DeleteAsync(ArticleIdentity.Derive("https://c.example/delete-race", []));
        Assert.Equal(25, outcomes.Count);
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
        var listed = (await storage.Store.ListAsync(new ArticleQuery(Limit: 100))).Items.Where(item => item.Id == id).ToList();
        Assert.Equal(winner.Metadata.Headline, Assert.Single(listed).Headline);
        var sources = (await storage.Store.ListSourcesAsync(100, null)).Items.Where(source => source.Name.StartsWith("Source ", StringComparison.Ordinal)).ToList();
        Assert.Equal(winner.Metadata.Sources.Single().Name, Assert.Single(sources).Name);
        Assert.Equal(1, sources[0].ArticleCount);
        await storage.Store.DeleteAsync(id);
    }
}
