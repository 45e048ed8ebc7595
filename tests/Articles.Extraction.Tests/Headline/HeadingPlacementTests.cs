using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Headline;

/// <summary>Where the visible headline sits when the h1 is not it: breadcrumbs, archived logos, h2s, kickers.</summary>
public class HeadingPlacementTests
{
    private static (string? Value, string? Rule) Run(string html, string? url = null)
    {
        var found = HeadlineRules.Cascade.Run(TestPages.Parse(html, url));
        return (found?.Value, found?.Rule);
    }

    [Fact]
    public void Logo_h1_linking_to_an_archived_home_page_is_not_the_headline()
    {
        var html = """
            <title>Cinema Blog » Archive » Cinemas go digital at last</title>
            <h1><a href="https://archive.example/web/20140226/http://www.cinemablog.example/">Cinema Blog</a></h1>
            <div><h2>Cinemas go digital at last</h2></div>
            """;

        Assert.Equal(("Cinemas go digital at last", "title-heading"), Run(html));
    }

    [Fact]
    public void H1_linking_to_an_archived_article_is_still_a_heading()
    {
        var html = """
            <title>Cinemas go digital at last</title>
            <h1><a href="https://archive.example/web/20140226/http://www.cinemablog.example/2013/cinemas">Cinemas go digital at last</a></h1>
            """;

        Assert.Equal(("Cinemas go digital at last", "h1"), Run(html));
    }

    [Fact]
    public void Breadcrumb_h1_gives_way_to_the_article_h2_without_its_kicker()
    {
        var html = """
            <meta property="og:title" content="Covid-19: Can the spread still be contained?">
            <article><div role="navigation"><ol class="breadcrumbs"><li><a href="/">Home</a></li>
              <li><h1>Covid-19: Can the spread still be contained?</h1></li></ol></div>
            <header><h2><span class="content__kicker">Covid-19</span><span class="sr-only">: </span>
              <span class="content__title">Can the spread still be contained?</span></h2></header></article>
            """;

        Assert.Equal(("Can the spread still be contained?", "og:title"), Run(html));
    }

    [Fact]
    public void Breadcrumb_h1_in_a_nav_is_not_the_main_heading()
    {
        var html = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"North Korea: Kim is back - Trump is pleased"}</script>
            <nav><ol><li><a href="/politics/">Politics</a></li><li><h1 class="crumb-link">North Korea: Kim is back, Trump is pleased</h1></li></ol></nav>
            <p class="kicker">North Korea</p><h2 class="article-headline">Kim is back - Trump is pleased</h2>
            """;

        Assert.Equal(("Kim is back - Trump is pleased", "jsonld"), Run(html));
    }

    [Fact]
    public void A_teaser_box_named_breadcrumb_keeps_its_h1()
    {
        var html = """
            <meta property="og:title" content="How the church auction went">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour town - How the church auction went"}</script>
            <div class="article-teaser-breadcrumb"><h1 class="badge-headline">How the church auction went</h1></div>
            """;

        Assert.Equal(("How the church auction went", "jsonld"), Run(html));
    }

    [Fact]
    public void H2_leading_the_metadata_title_wins_over_a_section_h1()
    {
        var html = """
            <meta property="og:title" content="30.11. | Book of the week - Jane Doe (ed.) • 1619">
            <h1>Literature</h1><div><h2>30.11. | Book of the week</h2><h3>Jane Doe (ed.) • 1619</h3></div>
            """;

        Assert.Equal("30.11. | Book of the week", Run(html).Value);
    }

    [Fact]
    public void One_word_h2_does_not_replace_the_metadata_title()
    {
        var html = """
            <meta property="og:title" content="Details: the villa is booked out for summer">
            <div><h2>Details</h2></div>
            """;

        Assert.Equal("Details: the villa is booked out for summer", Run(html).Value);
    }

    [Fact]
    public void Kicker_before_the_headline_both_titles_share_is_dropped()
    {
        var html = """
            <title>gamesite | Previews: Harbour Builder Beta</title>
            <meta property="og:title" content="Revolution in industry?: Harbour Builder Beta">
            """;

        Assert.Equal(("Harbour Builder Beta", "og:title"), Run(html));
    }

    [Fact]
    public void Kicker_the_title_also_shows_is_kept()
    {
        var html = """
            <title>Previews: Harbour Builder Beta</title>
            <meta property="og:title" content="Previews: Harbour Builder Beta">
            """;

        Assert.Equal("Previews: Harbour Builder Beta", Run(html).Value);
    }
}
