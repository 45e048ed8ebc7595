namespace Articles.Extraction.Tests.Dates;

public class PublishedRulesTests
{
    [Fact]
    public void JsonLd_article_node_in_graph_wins_over_webpage_node()
    {
        var article = DateFixtures.ExtractFile("jsonld-graph.html");

        Assert.Equal("2023-11-02T10:05:00+02:00", article.Published);
        Assert.Equal("2023-11-02T10:05:00+02:00", article.PublishedRaw);
        Assert.Equal("2023-11-02T12:30:00+02:00", article.Modified);
        Assert.Equal("jsonld", article.Provenance["published"]);
    }

    [Fact]
    public void Related_sidebar_comments_and_footer_dates_newer_than_the_article_are_ignored()
    {
        var article = DateFixtures.ExtractFile("related-sidebar.html");

        Assert.Equal("2024-03-05T08:15:00-05:00", article.Published);
        Assert.Equal("time-element", article.Provenance["published"]);
        Assert.Null(article.Modified);
    }

    [Fact]
    public void Future_metadata_date_is_rejected_and_the_byline_answers()
    {
        var article = DateFixtures.ExtractFile("future-meta.html");

        Assert.Equal("2024-05-14T16:20:00", article.Published);
        Assert.Equal("14 May 2024, 16:20", article.PublishedRaw);
    }

    [Fact]
    public void Future_date_alone_gives_no_date()
    {
        var html = DateFixtures.Page("en", "<time datetime=\"2024-07-20T10:00:00+00:00\">July 20, 2024</time>");

        var article = DateFixtures.ExtractHtml(html);

        Assert.Null(article.Published);
    }

    [Fact]
    public void Dates_in_scripts_styles_and_comments_are_ignored()
    {
        var article = DateFixtures.ExtractFile("script-comment.html");

        Assert.Equal("2024-02-07T11:30:00", article.Published);
        Assert.Equal("7. Februar 2024 um 11:30 Uhr", article.PublishedRaw);
    }

    [Fact]
    public void Page_whose_only_dates_are_in_a_script_and_a_comment_has_no_date()
    {
        var article = DateFixtures.ExtractFile("script-only.html");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Microdata_of_the_article_wins_over_a_related_teaser_before_it()
    {
        var article = DateFixtures.ExtractFile("microdata.html");

        Assert.Equal("2023-09-25T09:12:00+00:00", article.Published);
        Assert.Equal("2023-09-26T07:40:00+00:00", article.Modified);
        Assert.Equal("itemprop=datePublished", article.Provenance["published"]);
    }

    [Theory]
    [InlineData("uk", "25 вересня 2023, 14:37", "2023-09-25T14:37:00")]
    [InlineData("uk", "Опубліковано: 3 березня 2024 о 09:05", "2024-03-03T09:05:00")]
    [InlineData("ru", "25 сентября 2023 г., 14:37", "2023-09-25T14:37:00")]
    [InlineData("ru", "14:37, 1 декабря 2023", "2023-12-01T14:37:00")]
    [InlineData("de", "Montag, 16. Oktober 2019, 08:45 Uhr", "2019-10-16T08:45:00")]
    [InlineData("de", "16.10.2019", "2019-10-16")]
    [InlineData("fr", "Publié le 16 octobre 2019 à 14h30", "2019-10-16T14:30:00")]
    [InlineData("en", "Sept. 25, 2023", "2023-09-25")]
    [InlineData("es", "16 de octubre de 2019", "2019-10-16")]
    public void Visible_byline_dates_in_many_languages(string lang, string byline, string expected)
    {
        var article = DateFixtures.ExtractHtml(DateFixtures.Page(lang, byline));

        Assert.Equal(expected, article.Published);
        Assert.Equal("text", article.Provenance["published"]);
    }

    [Fact]
    public void Relative_date_resolves_against_the_reference_time()
    {
        var now = new DateTimeOffset(2024, 5, 20, 18, 0, 0, TimeSpan.FromHours(3));

        var yesterday = DateFixtures.ExtractHtml(DateFixtures.Page("uk", "Вчора, 14:37"), now);
        var hoursAgo = DateFixtures.ExtractHtml(DateFixtures.Page("en", "2 hours ago"), now);
        var minutesAgo = DateFixtures.ExtractHtml(DateFixtures.Page("ru", "5 минут назад"), now);

        Assert.Equal("2024-05-19T14:37:00", yesterday.Published);
        Assert.Equal("Вчора, 14:37", yesterday.PublishedRaw);
        Assert.Equal("2024-05-20T16:00:00+03:00", hoursAgo.Published);
        Assert.Equal("2024-05-20T17:55:00+03:00", minutesAgo.Published);
    }

    [Fact]
    public void Bare_today_in_prose_is_not_a_date()
    {
        var article = DateFixtures.ExtractHtml(DateFixtures.Page("en", "Read more today", "<p>Today we look at trains.</p>"));

        Assert.Null(article.Published);
    }

    [Fact]
    public void Url_date_from_the_source_hint()
    {
        var html = DateFixtures.Page("en", "By staff");

        var article = DateFixtures.ExtractHtml(html, url: "https://news.example/2023/09/25/port-strike-ends/");

        Assert.Equal("2023-09-25", article.Published);
        Assert.Equal("url", article.Provenance["published"]);
    }

    [Fact]
    public void Byline_date_of_another_day_than_the_url_is_not_trusted()
    {
        var html = DateFixtures.Page("en", "March 3, 2023");

        var article = DateFixtures.ExtractHtml(html, url: "https://news.example/2023-09-25/port-strike-ends");

        Assert.Equal("2023-09-25", article.Published);
    }

    [Fact]
    public void Absurdly_old_dates_are_rejected()
    {
        var article = DateFixtures.ExtractHtml(DateFixtures.Page("en", "January 1, 1970"));

        Assert.Null(article.Published);
    }

    [Fact]
    public void Published_falls_back_to_a_modified_only_source()
    {
        const string html = "<html><head><meta property=\"article:modified_time\" content=\"2023-04-02T08:00:00Z\"></head>"
            + "<body><p>No other date here.</p></body></html>";

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2023-04-02T08:00:00+00:00", article.Published);
        Assert.Equal("2023-04-02T08:00:00+00:00", article.Modified);
    }
}
