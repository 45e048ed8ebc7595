using Articles.Extraction.Fields.Links;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Links;

public class LinkRulesTests
{
    private const string Source = "https://news.example/world/2024/story?utm=1";

    private static (string? Value, string? Rule) Canonical(string html, string? url = Source)
    {
        var found = CanonicalRules.Cascade.Run(TestPages.Parse(html, url));
        return (found?.Value, found?.Rule);
    }

    private static (string? Value, string? Rule) Image(string html)
    {
        var found = ImageRules.Cascade.Run(TestPages.Parse(html, Source));
        return (found?.Value, found?.Rule);
    }

    [Fact]
    public void Relative_canonical_is_resolved_against_the_source() =>
        Assert.Equal(("https://news.example/world/2024/story", "canonical"), Canonical("<link rel=\"canonical\" href=\"/world/2024/story\">"));

    [Fact]
    public void Og_url_and_jsonld_follow()
    {
        Assert.Equal(("https://news.example/a", "og:url"), Canonical("<link rel=\"canonical\" href=\"javascript:void(0)\"><meta property=\"og:url\" content=\"//news.example/a\">"));
        Assert.Equal(("https://news.example/b", "jsonld"), Canonical("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://news.example/b\"}}</script>"));
    }

    [Fact]
    public void Relative_url_without_a_source_is_refused() =>
        Assert.Null(Canonical("<link rel=\"canonical\" href=\"/a\">", url: null).Value);

    [Fact]
    public void Og_image_is_first_and_absolute() =>
        Assert.Equal(("https://news.example/img/a.jpg", "og:image"), Image("<meta property=\"og:image\" content=\"/img/a.jpg\"><meta name=\"twitter:image\" content=\"https://x/b.jpg\">"));

    [Theory]
    [InlineData("\"image\":\"https://cdn.example/1.jpg\"")]
    [InlineData("\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.example/1.jpg\"}")]
    [InlineData("\"image\":[{\"@type\":\"ImageObject\",\"contentUrl\":\"https://cdn.example/1.jpg\"},\"https://cdn.example/2.jpg\"]")]
    public void JsonLd_image_in_any_shape(string property) =>
        Assert.Equal(("https://cdn.example/1.jpg", "jsonld"), Image("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"," + property + "}</script>"));

    [Fact]
    public void Twitter_image_and_image_src_follow()
    {
        Assert.Equal(("https://x.example/b.jpg", "twitter:image"), Image("<meta name=\"twitter:image:src\" content=\"https://x.example/b.jpg\">"));
        Assert.Equal(("https://news.example/c.png", "image_src"), Image("<link rel=\"image_src\" href=\"/c.png\">"));
    }
}
