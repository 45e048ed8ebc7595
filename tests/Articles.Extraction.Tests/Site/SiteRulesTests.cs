using Articles.Extraction.Fields.Site;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Site;

public class SiteRulesTests
{
    private static (string? Value, string? Rule) Run(string html, string? url = null)
    {
        var found = SiteRules.Cascade.Run(TestPages.Parse(html, url));
        return (found?.Value, found?.Rule);
    }

    [Fact]
    public void Og_site_name_comes_first() =>
        Assert.Equal(("Слово і діло", "og:site_name"), Run("<meta property=\"og:site_name\" content=\" Слово  і діло \"><meta name=\"application-name\" content=\"App\">"));

    [Fact]
    public void JsonLd_publisher_is_followed_by_reference()
    {
        var html = """
            <script type="application/ld+json">{"@graph":[{"@type":"NewsMediaOrganization","@id":"#o","name":"Planet News"},
              {"@type":"NewsArticle","publisher":{"@id":"#o"}}]}</script>
            """;

        Assert.Equal(("Planet News", "jsonld"), Run(html));
    }

    [Fact]
    public void JsonLd_website_name_and_application_name_follow()
    {
        Assert.Equal(("Planet", "jsonld"), Run("<script type=\"application/ld+json\">{\"@type\":\"WebSite\",\"name\":\"Planet\"}</script>"));
        Assert.Equal(("Planet App", "application-name"), Run("<meta name=\"application-name\" content=\"Planet App\">"));
    }

    [Fact]
    public void Title_suffix_after_the_h1_names_the_site() =>
        Assert.Equal(("Слово и дело", "title-suffix"), Run("<title>Мосты восстановят - Слово и дело</title><h1>Мосты восстановят</h1>"));

    [Fact]
    public void Host_name_is_never_turned_into_a_site_name() =>
        Assert.Null(Run("<title>Bridges</title><h1>Bridges reopen</h1>", "https://planet.example/a").Value);
}
