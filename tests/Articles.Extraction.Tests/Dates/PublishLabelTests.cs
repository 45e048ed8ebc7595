using Articles.Extraction.Fields.Dates.Layout;

namespace Articles.Extraction.Tests.Dates;

public class PublishLabelTests
{
    private const string LongLead =
        "<p>Ein langer Vorspann über soziale Ängste, der den Leser in das Thema einführt und mehrere Sätze umfasst, "
        + "damit das Datum darunter deutlich weiter von der Überschrift entfernt steht als die Zeile darüber. "
        + "Noch ein Satz, und noch einer, damit der Abstand wirklich groß genug wird für diesen Test hier.</p>";

    [Theory]
    [InlineData("Veröffentlicht: ", true)]
    [InlineData("Published on ", true)]
    [InlineData("Опубліковано ", true)]
    [InlineData("Опубликовано: ", true)]
    [InlineData("Publié le ", true)]
    [InlineData("Aktualisiert: ", false)]
    [InlineData("Konzert am ", false)]
    public void Label_before_the_date_is_recognised(string before, bool expected)
    {
        var text = "Titel " + before + "26.12.2022";

        Assert.Equal(expected, PublishMarkers.LabelledBefore(text, text.Length - "26.12.2022".Length));
    }

    [Fact]
    public void Labelled_publication_date_beats_a_nearer_unlabelled_one()
    {
        var html = DateFixtures.Page(
            "de", "Portal — 02.01.23 09:51", LongLead + "<p>von Anna Muster, Redaktion Veröffentlicht: 26.12.2022</p>");

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2022-12-26", article.Published);
    }

    [Fact]
    public void Labelled_date_agreeing_with_the_metadata_keeps_the_metadata()
    {
        var html = DateFixtures.Page(
                "de", "Portal — 02.01.23 09:51", LongLead + "<p>von Anna Muster, Redaktion Veröffentlicht: 26.12.2022</p>")
            .Replace(
                "<title>T</title>",
                "<title>T</title><meta property=\"article:published_time\" content=\"2022-12-26T10:33:00+01:00\">",
                StringComparison.Ordinal);

        var article = DateFixtures.ExtractHtml(html);

        Assert.Equal("2022-12-26T10:33:00+01:00", article.Published);
        Assert.Equal("meta:published_time", article.Provenance["published"]);
    }
}
