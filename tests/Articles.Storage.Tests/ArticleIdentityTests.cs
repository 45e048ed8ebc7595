namespace Articles.Storage.Tests;

public class ArticleIdentityTests
{
    [Theory]
    [InlineData("HTTPS://Example.COM/News/Item-1", "https://example.com/News/Item-1")]
    [InlineData("https://example.com/news/1/#comments", "https://example.com/news/1")]
    [InlineData("https://example.com:443/news/1?utm_source=fb&id=7&UTM_Medium=x", "https://example.com/news/1?id=7")]
    [InlineData("http://example.com:8080/", "http://example.com:8080")]
    [InlineData("https://приклад.укр/новини", "https://xn--80aikifvh.xn--j1amh/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8")]
    public void Canonical_url_folds_what_does_not_name_a_different_page(string url, string expected) =>
        Assert.Equal(expected, ArticleIdentity.CanonicalUrl(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/file")]
    [InlineData("not a url")]
    public void Non_http_urls_give_no_canonical_form(string? url) => Assert.Null(ArticleIdentity.CanonicalUrl(url));

    [Fact]
    public void Variants_of_one_url_share_an_id_and_other_pages_do_not()
    {
        var id = ArticleIdentity.Derive("https://example.com/a?utm_campaign=x#top", "one"u8);

        Assert.Equal(id, ArticleIdentity.Derive("HTTPS://EXAMPLE.com/a/", "other bytes"u8));
        Assert.NotEqual(id, ArticleIdentity.Derive("https://example.com/b", "one"u8));
        Assert.NotEqual(id, ArticleIdentity.Derive("https://example.com/A", "one"u8));
    }

    [Fact]
    public void Without_a_url_the_bytes_decide()
    {
        Assert.Equal(ArticleIdentity.Derive(null, "<p>same</p>"u8), ArticleIdentity.Derive("relative/only", "<p>same</p>"u8));
        Assert.NotEqual(ArticleIdentity.Derive(null, "<p>same</p>"u8), ArticleIdentity.Derive(null, "<p>other</p>"u8));
    }

    [Fact]
    public void Ids_are_fixed_length_and_url_safe()
    {
        var ids = new[] { ArticleIdentity.Derive("https://example.com/x", []), ArticleIdentity.Derive(null, "x"u8) };

        Assert.All(ids, id =>
        {
            Assert.Equal(26, id.Length);
            Assert.Matches("^[a-z2-7]{26}$", id);
            Assert.True(ArticleIdentity.IsValid(id));
        });
        Assert.False(ArticleIdentity.IsValid("../../etc/passwd"));
    }
}
