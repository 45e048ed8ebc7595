using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class AggregateTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Counts_follow_saves_updates_and_deletes()
    {
        var first = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/1", published: "2024-05-01", sources: ["Reuters", "BBC"], officials: [Sample.Person("Jane Roe", "minister", "Ruritania")]));
        var second = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/2", published: "2024-06-01", sources: ["reuters"], officials: [Sample.Person("Jane  Roe", "prime minister", "Ruritania")]));
        await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/2", published: "2024-06-01", sources: ["reuters"], officials: [Sample.Person("Jane  Roe", "prime minister", "Ruritania")]));

        // The name is shown as the latest article spells it.
        Assert.Equal([("BBC", 1), ("reuters", 2)], await SourceCountsAsync());
        var jane = (await storage.Store.ListOfficialsAsync(10, null)).Items.Single();
        Assert.Equal((2, "prime minister", "Ruritania", second.Id), (jane.ArticleCount, jane.Role, jane.Affiliation, jane.LatestArticleId));

        // The first article drops BBC and adds AFP.
        await storage.Store.SaveAsync(Sample.Html("edited"), Sample.Article("https://a.example/1", published: "2024-05-01", sources: ["Reuters", "AFP"], officials: [Sample.Person("Jane Roe", "minister", "Ruritania")]));
        Assert.Equal([("AFP", 1), ("reuters", 2)], await SourceCountsAsync());

        // Deleting the newest article moves "latest" back to the older one.
        await storage.Store.DeleteAsync(second.Id);
        Assert.Equal([("AFP", 1), ("Reuters", 1)], await SourceCountsAsync());
        jane = (await storage.Store.ListOfficialsAsync(10, null)).Items.Single();
        Assert.Equal((1, "minister", first.Id), (jane.ArticleCount, jane.Role, jane.LatestArticleId));

        await storage.Store.DeleteAsync(first.Id);
        Assert.Empty(await SourceCountsAsync());
        Assert.Empty((await storage.Store.ListOfficialsAsync(10, null)).Items);
    }

    [Fact]
    public async Task Anonymous_speakers_are_not_counted_as_officials()
    {
        var anonymous = new global::Articles.Extraction.Model.Official { Name = "a U.S. official", Named = false };
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/anon", officials: [anonymous]));

        Assert.DoesNotContain((await storage.Store.ListOfficialsAsync(100, null)).Items, official => official.Name == "a U.S. official");
        Assert.Empty((await storage.Store.ListAsync(new ArticleQuery(Official: "a U.S. official"))).Items);
        Assert.DoesNotContain((await storage.Store.GetAsync(saved.Id))!.Metadata.Officials, official => official.Named);
        await storage.Store.DeleteAsync(saved.Id);
    }

    [Fact]
    public async Task A_latest_article_without_a_role_keeps_the_role_stated_before()
    {
        var older = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/role-1", published: "2023-01-01", officials: [Sample.Person("Petro Role", "mayor", "Vinnytsia")]));
        var newer = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/role-2", published: "2023-02-01", officials: [Sample.Person("Petro Role")]));
        var newest = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/role-3", published: "2023-03-01", officials: [Sample.Person("Petro Role", "governor")]));

        var before = (await storage.Store.ListOfficialsAsync(10, null)).Items.Single(official => official.Name == "Petro Role");
        await storage.Store.DeleteAsync(newest.Id);
        var after = (await storage.Store.ListOfficialsAsync(10, null)).Items.Single(official => official.Name == "Petro Role");

        Assert.Equal((3, "governor", "Vinnytsia", newest.Id), (before.ArticleCount, before.Role, before.Affiliation, before.LatestArticleId));
        Assert.Equal((2, "mayor", "Vinnytsia", newer.Id), (after.ArticleCount, after.Role, after.Affiliation, after.LatestArticleId));
        await storage.Store.DeleteAsync(older.Id);
        await storage.Store.DeleteAsync(newer.Id);
    }

    [Fact]
    public async Task Source_pages_follow_the_cursor()
    {
        var names = Enumerable.Range(0, 7).Select(index => $"Outlet {index}").ToArray();
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://a.example/many", sources: names));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await storage.Store.ListSourcesAsync(3, cursor);
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(item => item.Name));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(names, seen.Order());
        Assert.All((await storage.Store.ListSourcesAsync(100, null)).Items, item => Assert.Equal(saved.Id, item.LatestArticleId));
        await storage.Store.DeleteAsync(saved.Id);
    }

    private async Task<List<(string, int)>> SourceCountsAsync() =>
        (await storage.Store.ListSourcesAsync(100, null)).Items.Select(item => (item.Name, item.ArticleCount)).OrderBy(item => item.Name, StringComparer.Ordinal).ToList();
}
