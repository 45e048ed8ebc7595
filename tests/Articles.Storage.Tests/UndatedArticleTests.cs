using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class UndatedArticleTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task An_article_without_a_published_date_is_listed_by_its_first_save_time()
    {
        var before = DateTimeOffset.UtcNow;
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article("https://u.example/undated", "Undated", published: null, sources: ["Reuters"]));
        var updated = await storage.Store.SaveAsync(Sample.Html("changed"), Sample.Article("https://u.example/undated", "Undated again", published: null, sources: ["Reuters"]));

        var recent = await storage.Store.ListAsync(new ArticleQuery(From: before.AddMinutes(-1)));
        var bySource = await storage.Store.ListAsync(new ArticleQuery(Source: "Reuters"));

        Assert.Equal(SaveResult.Updated, updated.Result);
        Assert.Equal([saved.Id], recent.Items.Select(item => item.Id));
        Assert.Equal("Undated again", recent.Items[0].Headline);
        Assert.Null(recent.Items[0].Published);
        Assert.Equal([saved.Id], bySource.Items.Select(item => item.Id));
        Assert.Single(await storage.RowsAsync(TableNames.ArticlesByDate, $"ArticleId eq {saved.Id}"));
    }
}
