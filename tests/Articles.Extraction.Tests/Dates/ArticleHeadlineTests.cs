using Articles.Extraction.Fields.Dates.Layout;

namespace Articles.Extraction.Tests.Dates;

public class ArticleHeadlineTests
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Segen gegen Halsweh</title></head><body>"
        + "<header><h1>Segen gegen Halsweh</h1><span class=\"date\">26. Januar 2022</span></header>"
        + "<article><p>Ein Text über den Segen.</p>"
        + "<div class=\"media\"><h1>Radiobeitrag zum Segen</h1><p>Radiobeitrag vom 30.1.2022 von Anna Muster</p></div>"
        + "</article></body></html>";

    [Fact]
    public void H1_repeating_the_title_wins_over_an_h1_inside_the_article()
    {
        var document = TestPage.Parse(Page).Document;

        Assert.Equal("Segen gegen Halsweh", ArticleHeadline.Find(document)?.TextContent);
    }

    [Fact]
    public void Byline_date_is_read_under_the_titled_headline()
    {
        var article = DateFixtures.ExtractHtml(Page);

        Assert.Equal("2022-01-26", article.Published);
    }

    [Fact]
    public void Without_a_matching_title_the_article_h1_is_kept()
    {
        var html = Page.Replace("<title>Segen gegen Halsweh</title>", "<title>Magazin</title>", StringComparison.Ordinal);

        Assert.Equal("Radiobeitrag zum Segen", ArticleHeadline.Find(TestPage.Parse(html).Document)?.TextContent);
    }
}
