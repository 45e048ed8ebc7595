using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

/// <summary>
/// A save adds the memberships of names its previous version did not have without reading them first; when that
/// guess is wrong (the article is already counted under the name) the transaction is refused and the count stays.
/// </summary>
public sealed class MembershipGuessTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task A_name_guessed_new_but_already_counted_is_not_counted_twice()
    {
        var article = Sample.Article("https://guess.example/1", published: "2022-02-02", sources: ["Guess Wire"], officials: [Sample.Person("Ivan Guess", "mayor")]);
        var saved = await Sample.SaveAsync(storage.Store, article);
        await Sample.SaveAsync(storage.Store, Sample.Article("https://guess.example/2", published: "2022-01-01", sources: ["Guess Wire"]));

        // The head goes but the memberships stay: the next save of the page is a "new" article to the writer.
        await storage.Table(TableNames.Articles).DeleteEntityAsync(saved.Id, "article");
        var again = await Sample.SaveAsync(storage.Store, article);

        var source = (await storage.Store.ListSourcesAsync(10, null)).Items.Single(item => item.Name == "Guess Wire");
        var official = (await storage.Store.ListOfficialsAsync(10, null)).Items.Single(item => item.Name == "Ivan Guess");
        Assert.Equal(SaveResult.Created, again.Result);
        Assert.Equal((2, saved.Id), (source.ArticleCount, source.LatestArticleId));
        Assert.Equal((1, "mayor"), (official.ArticleCount, official.Role));
        Assert.Equal(2, (await storage.RowsAsync(TableNames.Sources, $"PartitionKey eq {NameKey.For("Guess Wire")} and RowKey ne {"summary"}")).Count);
    }
}
