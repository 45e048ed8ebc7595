namespace Articles.Extraction.Tests.Dates;

public class ModifiedRulesTests
{
    [Fact]
    public void Modified_earlier_than_published_is_dropped()
    {
        var article = DateFixtures.ExtractFile("modified-before-published.html");

        Assert.Equal("2022-08-10T12:00:00+02:00", article.Published);
        Assert.Null(article.Modified);
    }

    [Fact]
    public void Updated_label_in_the_byline_gives_modified_not_published()
    {
        var html = DateFixtures.Page("uk", "25 вересня 2023, 14:37 · Оновлено: 26 вересня 2023, 09:10");

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2023-09-25T14:37:00", article.Published);
        Assert.Equal("2023-09-26T09:10:00", article.Modified);
    }

    [Fact]
    public void Og_updated_time_is_a_modified_date()
    {
        const string html = "<html><head><meta property=\"article:published_time\" content=\"2023-04-01T08:00:00+01:00\">"
            + "<meta property=\"og:updated_time\" content=\"2023-04-03T09:30:00+01:00\"></head><body></body></html>";

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2023-04-03T09:30:00+01:00", article.Modified);
        Assert.Equal("meta:modified_time", article.Provenance["modified"]);
    }
}
