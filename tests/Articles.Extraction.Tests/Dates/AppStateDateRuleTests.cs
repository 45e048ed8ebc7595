namespace Articles.Extraction.Tests.Dates;

public class AppStateDateRuleTests
{
    private const string Head = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Site</title></head><body>";

    [Fact]
    public void Reads_the_date_of_the_data_object_titled_with_the_headline()
    {
        var html = Head + "<div id=\"app\"><h1>Europas Beste in Form</h1><p>Text.</p></div>"
            + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"teasers\":["
            + "{\"title\":\"Anderer Artikel\",\"createdAt\":\"2021-05-01T10:00:00+02:00\"}],"
            + "\"page\":{\"blocks\":[{\"headline\":\"Europas  beste in Form\",\"createdAt\":\"2022-01-31T15:58:43+01:00\"}]}}}"
            + "</script></body></html>";

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2022-01-31T15:58:43+01:00", article.Published);
        Assert.Equal("app-state", article.Provenance["published"]);
    }

    [Fact]
    public void Dates_of_objects_with_other_titles_are_not_taken()
    {
        var html = Head + "<h1>Europas Beste in Form</h1><p>Text.</p>"
            + "<script type=\"application/json\">[{\"title\":\"Anderer Artikel\",\"publishedAt\":\"2021-05-01\"}]</script>"
            + "</body></html>";

        Assert.Null(DateFixtures.ExtractHtml(html).Published);
    }

    [Fact]
    public void Broken_or_too_deep_data_is_skipped()
    {
        var deep = new string('[', 500) + new string(']', 500);
        var html = Head + "<h1>Europas Beste in Form</h1>"
            + "<script type=\"application/json\">{\"title\":\"Europas Beste in Form\",</script>"
            + $"<script type=\"application/json\">{deep}</script></body></html>";

        Assert.Null(DateFixtures.ExtractHtml(html).Published);
    }
}
