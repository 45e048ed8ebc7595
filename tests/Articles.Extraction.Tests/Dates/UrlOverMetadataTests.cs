namespace Articles.Extraction.Tests.Dates;

public class UrlOverMetadataTests
{
    [Fact]
    public void Url_date_wins_over_metadata_stamped_long_after_it()
    {
        var article = DateFixtures.ExtractHtml(Page("https://blog.example/home/2017/7/12/montauk", "2019-06-17T18:28:00+02:00"));

        Assert.Equal("2017-07-12", article.Published);
        Assert.Equal("url-over-metadata", article.Provenance["published"]);
    }

    [Fact]
    public void Metadata_a_few_days_after_the_url_date_is_kept()
    {
        var article = DateFixtures.ExtractHtml(Page("https://news.example/2022/05/02/holidays/", "2022-05-08T06:00:00-05:00"));

        Assert.Equal("2022-05-08T06:00:00-05:00", article.Published);
    }

    [Fact]
    public void Metadata_before_the_url_date_is_kept()
    {
        var article = DateFixtures.ExtractHtml(Page("https://news.example/2022/05/02/holidays/", "2021-01-08T06:00:00+01:00"));

        Assert.Equal("2021-01-08T06:00:00+01:00", article.Published);
    }

    private static string Page(string canonical, string published) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title>"
        + $"<link rel=\"canonical\" href=\"{canonical}\">"
        + $"<meta property=\"article:published_time\" content=\"{published}\"></head>"
        + "<body><article><h1>Headline</h1><p>Text of the article.</p></article></body></html>";
}
