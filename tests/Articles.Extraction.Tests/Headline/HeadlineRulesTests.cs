using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Headline;

public class HeadlineRulesTests
{
    private static (string? Value, string? Rule) Run(string html, string? url = null)
    {
        var found = HeadlineRules.Cascade.Run(TestPages.Parse(html, url));
        return (found?.Value, found?.Rule);
    }

    [Fact]
    public void JsonLd_headline_in_a_graph_comes_first()
    {
        var html = """
            <head><title>Other | Site</title><meta property="og:title" content="Other">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
              {"@type":["NewsArticle"],"headline":"Уряд ухвалив бюджет"}]}</script></head>
            """;

        Assert.Equal(("Уряд ухвалив бюджет", "jsonld"), Run(html));
    }

    [Fact]
    public void Suffix_that_belongs_to_the_headline_is_kept()
    {
        var html = """
            <head><title>США та росія провели таємні переговори – ЗМІ | Слово і діло</title>
            <meta property="og:site_name" content="Слово і діло"></head>
            """;

        Assert.Equal(("США та росія провели таємні переговори – ЗМІ", "title"), Run(html, "https://www.slovoidilo.ua/x"));
    }

    [Theory]
    [InlineData("Budget passed | Daily Planet", "Budget passed")]
    [InlineData("Budget passed - DAILY-PLANET.com", "Budget passed")]
    [InlineData("Daily Planet: Budget passed", "Budget passed")]
    [InlineData("Budget passed — The Daily Planet", "Budget passed")]
    [InlineData("Budget passed | dailyplanet.example | Your news every day", "Budget passed")]
    [InlineData("Budget passed: what it means", "Budget passed: what it means")]
    public void Site_name_parts_are_stripped_from_og_title(string ogTitle, string expected)
    {
        var html = $"""<head><meta property="og:title" content="{ogTitle}"><meta property="og:site_name" content="Daily Planet"></head>""";

        Assert.Equal((expected, "og:title"), Run(html, "https://www.dailyplanet.example/news/1"));
    }

    [Theory]
    [InlineData("Bildung: Neue Schulen für alle", "https://www.bild.de/a")]
    [InlineData("Merkel: Interview mit der Welt am Sonntag", "https://www.welt.de/a")]
    public void Words_that_merely_start_like_the_site_are_kept(string title, string url) =>
        Assert.Equal(title, Run($"<title>{title}</title>", url).Value);

    [Theory]
    [InlineData("Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de", "https://www.backen.de/r", "Maulwurfkuchen mit Erdbeeren")]
    [InlineData("Neue Brutvögel | Schweizerische Vogelwarte", "https://www.vogelwarte.ch/a", "Neue Brutvögel")]
    [InlineData("Storm warning - BBC News", "https://www.bbc.co.uk/news/1", "Storm warning")]
    public void Site_named_by_its_host_words_is_stripped(string title, string url, string expected) =>
        Assert.Equal(expected, Run($"<title>{title}</title>", url).Value);

    [Fact]
    public void Host_name_identifies_the_site_when_no_name_is_declared() =>
        Assert.Equal("Neuer Bahnhof eröffnet", Run("<title>Neuer Bahnhof eröffnet - Süddeutsche.de</title>", "https://www.sueddeutsche.de/a").Value);

    [Fact]
    public void Twitter_title_and_microdata_follow_in_order()
    {
        Assert.Equal("twitter:title", Run("""<meta name="twitter:title" content="Card title"><h1>Card title</h1>""").Rule);
        Assert.Equal(("Micro headline", "itemprop=headline"), Run("""<div itemprop="headline">Micro headline</div><title>T</title>"""));
    }

    [Fact]
    public void Article_h1_is_preferred_to_other_h1s()
    {
        var html = """
            <title>Storm hits the coast tonight</title><body><h1>Weather desk</h1>
            <article><h1>Storm hits the coast</h1></article></body>
            """;

        Assert.Equal(("Storm hits the coast", "h1"), Run(html));
    }

    [Fact]
    public void Visible_h1_replaces_a_metadata_title_that_wraps_it_in_a_kicker()
    {
        var html = """
            <meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">
            <article><h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span>
            <span>Bohren, bis es heiß wird</span></h1></article>
            """;

        Assert.Equal(("Bohren, bis es heiß wird", "og:title"), Run(html));
    }

    [Fact]
    public void Metadata_title_that_is_only_the_site_name_is_skipped()
    {
        var html = """
            <meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Daily Planet">
            <title>Bridge reopens after repairs | Daily Planet</title>
            """;

        Assert.Equal(("Bridge reopens after repairs", "title"), Run(html));
    }

    [Fact]
    public void Generic_metadata_title_loses_to_agreeing_h1_and_title()
    {
        var html = """
            <meta property="og:title" content="Welcome to our portal">
            <title>Bridge reopens after repairs - Planet</title><h1>Bridge reopens after repairs</h1>
            """;

        Assert.Equal(("Bridge reopens after repairs", "h1"), Run(html));
    }

    [Fact]
    public void Entities_and_whitespace_are_folded() =>
        Assert.Equal("Tom & Jerry return", Run("<title>  Tom &amp;amp; Jerry\n  return </title>").Value);

    [Fact]
    public void Page_without_any_heading_has_no_headline() => Assert.Null(Run("<p>text</p>").Value);
}
