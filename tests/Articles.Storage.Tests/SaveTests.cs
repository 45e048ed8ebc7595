using System.Text;
using Articles.Storage.Layout;
using Articles.Storage.Tests.Support;

namespace Articles.Storage.Tests;

public sealed class SaveTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task First_save_creates_the_same_save_is_unchanged_new_content_updates()
    {
        var metadata = Sample.Article("https://news.example/save/1", sources: ["Reuters"]);
        var html = Sample.Html("first");

        var created = await storage.Store.SaveAsync(html, metadata);
        var again = await storage.Store.SaveAsync(Sample.Html("first"), metadata);
        var updated = await storage.Store.SaveAsync(Sample.Html("second"), metadata with { Headline = "Новий заголовок" });

        Assert.Equal(SaveResult.Created, created.Result);
        Assert.Equal(SaveResult.Unchanged, again.Result);
        Assert.Equal(SaveResult.Updated, updated.Result);
        Assert.Equal(created.Id, again.Id);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(created.ETag, again.ETag);
        Assert.NotEqual(created.ETag, updated.ETag);
        var stored = await storage.Store.GetAsync(created.Id);
        Assert.Equal("Новий заголовок", stored!.Metadata.Headline);
        Assert.Equal(updated.ETag, stored.ETag);
        Assert.Single(await storage.RowsAsync(TableNames.Articles, $"PartitionKey eq {created.Id}"));
    }

    [Fact]
    public async Task Tracking_parameters_and_fragments_do_not_make_a_second_article()
    {
        var first = await storage.Store.SaveAsync(Sample.Html("a"), Sample.Article("https://news.example/save/utm?utm_source=x#top"));
        var second = await storage.Store.SaveAsync(Sample.Html("a"), Sample.Article("HTTPS://NEWS.example/save/utm"));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(SaveResult.Updated, second.Result);
    }

    [Fact]
    public async Task Without_a_url_the_client_url_then_the_bytes_name_the_article()
    {
        var byClientUrl = await storage.Store.SaveAsync(Sample.Html("x", url: "https://client.example/page"), Sample.Article(url: null!));
        var byBytes = await storage.Store.SaveAsync(Sample.Html("only bytes"), Sample.Article(url: null!));

        Assert.Equal(ArticleIdentity.Derive("https://client.example/page", []), byClientUrl.Id);
        Assert.Equal(ArticleIdentity.Derive(null, Sample.Html("only bytes").Html.Span), byBytes.Id);
    }

    [Fact]
    public async Task Get_returns_the_metadata_with_its_id()
    {
        var metadata = Sample.Article("https://news.example/save/get", sources: ["Укрінформ"], officials: [Sample.Person("Віталій Костенчук", "заступник голови", "ОВА", quotes: 2)]);

        var saved = await Sample.SaveAsync(storage.Store, metadata);
        var stored = await storage.Store.GetAsync(saved.Id);

        Assert.NotNull(stored);
        Assert.Equal(saved.Id, stored.Metadata.Id);
        Assert.Equal(metadata.Headline, stored.Metadata.Headline);
        Assert.Equal("Укрінформ", stored.Metadata.Sources.Single().Name);
        Assert.Equal(["Цитата номер 0", "Цитата номер 1"], stored.Metadata.Officials.Single().Quotes.Select(quote => quote.Text));
        Assert.Equal(saved.ETag, stored.ETag);
    }

    [Fact]
    public async Task Get_html_returns_the_bytes_and_content_type_as_received()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body>caf\u00e9</body></html>");
        var saved = await storage.Store.SaveAsync(new ArticleSubmission(bytes, "text/html; charset=iso-8859-1", null), Sample.Article("https://news.example/save/html"));

        var raw = await storage.Store.GetHtmlAsync(saved.Id);

        Assert.NotNull(raw);
        Assert.Equal(bytes, raw.Bytes);
        Assert.Equal("text/html; charset=iso-8859-1", raw.ContentType);
        Assert.True(await storage.Clients.Container(StorageNames.RawContainer).GetBlobClient(saved.Id).ExistsAsync());
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("not-an-id")]
    [InlineData("../x")]
    public async Task Unknown_or_malformed_ids_are_not_found(string id)
    {
        Assert.Null(await storage.Store.GetAsync(id));
        Assert.Null(await storage.Store.GetHtmlAsync(id));
        Assert.False(await storage.Store.DeleteAsync(id));
    }
}
