using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class UnsafeNameTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    public static TheoryData<string> Names() =>
    [
        "AP/Reuters",
        @"Back\Slash News",
        "What? #1 Daily",
        "Tab\tand\u0001control",
        "Ganz 'quoted' \"name\"",
        "Радіо Свобода",
        new string('Ж', 2000),
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Names_with_key_unsafe_characters_are_stored_listed_and_counted(string name)
    {
        var saved = await Sample.SaveAsync(storage.Store, Sample.Article($"https://unsafe.example/{Guid.NewGuid():N}", sources: [name], officials: [Sample.Person(name, "role")]));
        try
        {
            var bySource = await storage.Store.ListAsync(new ArticleQuery(Source: name));
            var byOfficial = await storage.Store.ListAsync(new ArticleQuery(Official: name));
            var sources = (await storage.Store.ListSourcesAsync(100, null)).Items;

            Assert.Equal([saved.Id], bySource.Items.Select(item => item.Id));
            Assert.Equal([saved.Id], byOfficial.Items.Select(item => item.Id));
            Assert.Equal(name, Assert.Single(sources).Name);
            Assert.All(await storage.RowsAsync(TableNames.ArticlesBySource), row => Assert.Matches("^[A-Za-z0-9._~-]+$", row.PartitionKey));
        }
        finally
        {
            await storage.Store.DeleteAsync(saved.Id);
        }
    }
}
