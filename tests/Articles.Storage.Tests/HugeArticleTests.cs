using Articles.Extraction.Model;
using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class HugeArticleTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Ten_thousand_quotes_round_trip_across_payload_rows()
    {
        var random = new Random(20241014);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => new string(Enumerable.Range(0, random.Next(3, 11)).Select(_ => (char)random.Next('а', 'я' + 1)).ToArray())));
        var officials = Enumerable.Range(0, 50).Select(person => new Official
        {
            Name = $"Особа {person}",
            Role = "посадовець",
            Mentions = 200,
            Quotes = Enumerable.Range(0, 200).Select(_ => new Quote(Words(15), random.Next(2) == 0, Words(40))).ToList(),
        }).ToArray();
        var metadata = Sample.Article("https://huge.example/article", officials: officials) with { Headline = Words(3000) };

        var saved = await Sample.SaveAsync(storage.Store, metadata);
        var stored = await storage.Store.GetAsync(saved.Id);
        var again = await Sample.SaveAsync(storage.Store, metadata);

        Assert.NotNull(stored);
        Assert.Equal(10_000, stored.Metadata.Officials.Sum(official => official.Quotes.Count));
        Assert.Equal(metadata.Officials[49].Quotes[199], stored.Metadata.Officials[49].Quotes[199]);
        Assert.Equal(metadata.Headline, stored.Metadata.Headline);
        Assert.Equal(SaveResult.Unchanged, again.Result);
        var rows = await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq {saved.Id}");
        Assert.True(rows.Count > 1, $"expected payload rows beside the head, found {rows.Count} rows");
        var listed = (await storage.Store.ListAsync(new ArticleQuery(Official: "Особа 7"))).Items.Single();
        Assert.Equal(50, listed.Officials.Count);
        Assert.True(listed.Headline!.Length <= 4000);
    }

    [Fact]
    public async Task Enormous_names_and_roles_are_cut_not_refused()
    {
        var name = "Агенція " + new string('я', 60_000);
        var metadata = Sample.Article("https://huge.example/names", sources: [name], officials: [Sample.Person(name, new string('r', 70_000), new string('a', 70_000))])
            with { Url = "https://huge.example/names?" + new string('q', 50_000), Site = new string('s', 50_000) };

        var saved = await Sample.SaveAsync(storage.Store, metadata);

        var stored = await storage.Store.GetAsync(saved.Id);
        Assert.Equal(metadata.Officials[0].Role, stored!.Metadata.Officials[0].Role);
        var official = (await storage.Store.ListOfficialsAsync(100, null)).Items.Single(item => item.LatestArticleId == saved.Id);
        Assert.StartsWith("Агенція яяя", official.Name, StringComparison.Ordinal);
        Assert.True(official.Role!.Length <= 4_000);
        Assert.Equal([saved.Id], (await storage.Store.ListAsync(new ArticleQuery(Source: name))).Items.Select(item => item.Id));
        await storage.Store.DeleteAsync(saved.Id);
    }

    [Fact]
    public async Task Updating_a_huge_article_to_a_small_one_removes_its_payload_rows()
    {
        var quotes = Enumerable.Range(0, 20_000).Select(index => new Quote($"{Guid.NewGuid()} {index}", true, $"{Guid.NewGuid()} {Guid.NewGuid()}")).ToList();
        var big = Sample.Article("https://huge.example/shrinks", officials: [new Official { Name = "Big Speaker", Quotes = quotes }]);
        var saved = await Sample.SaveAsync(storage.Store, big);
        Assert.True((await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq {saved.Id}")).Count > 1);

        await storage.Store.SaveAsync(Sample.Html("small now"), Sample.Article("https://huge.example/shrinks"));

        Assert.Single(await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq {saved.Id}"));
        Assert.Empty((await storage.Store.GetAsync(saved.Id))!.Metadata.Officials);
    }
}
