namespace Articles.Extraction.Tests.Dates;

public class BylineOverMetadataTests
{
    private const string StaleMeta =
        "<meta property=\"article:published_time\" content=\"2021-03-01T10:00:00+01:00\">"
        + "<meta property=\"article:modified_time\" content=\"2023-05-09T08:00:00+02:00\">";

    [Fact]
    public void Byline_of_another_day_than_the_metadata_wins()
    {
        var article = DateFixtures.ExtractHtml(WithHead(StaleMeta, "15.05.2023, 09:30 Uhr"));

        Assert.Equal("2023-05-15T09:30:00", article.Published);
        Assert.Equal("text-byline", article.Provenance["published"]);
    }

    [Fact]
    public void Byline_showing_the_modification_day_leaves_the_metadata_published_date()
    {
        var article = DateFixtures.ExtractHtml(WithHead(StaleMeta, "09.05.2023, 08:00 Uhr"));

        Assert.Equal("2021-03-01T10:00:00+01:00", article.Published);
    }

    [Fact]
    public void Byline_agreeing_with_the_metadata_keeps_the_metadata_offset()
    {
        const string meta = "<meta property=\"article:published_time\" content=\"2023-05-15T09:30:00+02:00\">";

        var article = DateFixtures.ExtractHtml(WithHead(meta, "15. Mai 2023, 09:30 Uhr"));

        Assert.Equal("2023-05-15T09:30:00+02:00", article.Published);
        Assert.Equal("meta:published_time", article.Provenance["published"]);
    }

    [Fact]
    public void Ambiguous_byline_does_not_override_the_metadata()
    {
        const string meta = "<meta property=\"article:published_time\" content=\"2023-11-08T09:30:00+00:00\">";

        var article = DateFixtures.ExtractHtml(WithHead(meta, "08/11/2023", lang: "en"));

        Assert.Equal("2023-11-08T09:30:00+00:00", article.Published);
    }

    [Fact]
    public void Byline_with_a_time_beats_an_event_date_in_the_lead()
    {
        var html = DateFixtures.Page("de", "Konzert am 22. Mai 2023 in Rostock · 11.01.2023, 09:50 Uhr");

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2023-01-11T09:50:00", article.Published);
    }

    private static string WithHead(string meta, string byline, string lang = "de") =>
        DateFixtures.Page(lang, byline).Replace("<title>T</title>", "<title>T</title>" + meta, StringComparison.Ordinal);
}
