using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Headline;

public class HeadingRulesTests
{
    private static (string? Value, string? Rule) Run(string html, string? url = null)
    {
        var found = HeadlineRules.Cascade.Run(TestPages.Parse(html, url));
        return (found?.Value, found?.Rule);
    }

    [Fact]
    public void Logo_h1_linking_home_is_not_the_headline()
    {
        var html = """
            <title>Blog » Archive » Cinemas go digital</title>
            <h1><a href="/">Blog</a></h1><nav><h2>Menu items here</h2></nav>
            <div><h2><a href="/2013/cinemas">Cinemas go digital</a></h2></div>
            """;

        Assert.Equal(("Cinemas go digital", "title-heading"), Run(html));
    }

    [Fact]
    public void First_content_h2_is_the_headline_of_a_page_without_h1()
    {
        var html = """
            <title>Weekly report 14 - 20 January</title>
            <main><h2 class="text-hide">Main content</h2><article><header><h2> Weak layers – low avalanche danger </h2></header>
            <h2>Outlook</h2></article></main>
            """;

        Assert.Equal(("Weak layers – low avalanche danger", "h2"), Run(html));
    }

    [Fact]
    public void H2_rule_stays_out_when_the_page_has_an_h1()
    {
        var html = "<title>Page title here</title><h1>One</h1><main><h2>Second heading</h2></main>";

        Assert.Equal(("One", "h1"), Run(html));
    }

    [Fact]
    public void Hidden_h1_is_still_a_headline() =>
        Assert.Equal("Hidden but real", Run("<title>x</title><h1 class=\"hidden\">Hidden but real</h1>").Value);

    [Fact]
    public void Clear_article_h1_wins_over_a_reworded_metadata_title()
    {
        var html = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Best electronic cat toys 2022 - comparison"}</script>
            <article><h1 class="entry-title">Buyer's guide: electronic cat toys keep them busy</h1></article>
            """;

        Assert.Equal(("Buyer's guide: electronic cat toys keep them busy", "jsonld"), Run(html));
    }

    [Fact]
    public void Unrelated_h1_does_not_replace_the_metadata_title()
    {
        var html = """
            <meta property="og:title" content="Council approves new tram line">
            <h1>Local politics and society</h1>
            """;

        Assert.Equal("Council approves new tram line", Run(html).Value);
    }

    [Fact]
    public void H1_leading_a_tagline_replaces_the_metadata_title() =>
        Assert.Equal("1000 Euro Kredit", Run("<meta property=\"og:title\" content=\"1000 Euro Kredit » 1000 EUR sofort aufs Konto\"><div><h1>1000 Euro Kredit</h1></div><h1></h1>").Value);

    [Fact]
    public void Kicker_only_h1_is_not_taken_for_the_headline() =>
        Assert.Equal(
            "Climate: Drilling until it gets hot",
            Run("<meta property=\"og:title\" content=\"Climate: Drilling until it gets hot\"><header><h1>Climate</h1></header><h1>Other</h1>").Value);

    [Fact]
    public void Long_seo_metadata_title_is_kept_even_when_h1_and_title_agree_on_a_topic()
    {
        var html = """
            <meta property="og:title" content="Save for your pension with help from your employer">
            <title>Company pensions - when do they pay off? - Money Tips</title><h1>Company pensions</h1><h1>Other</h1>
            """;

        Assert.Equal(("Save for your pension with help from your employer", "og:title"), Run(html));
    }
}
