using Articles.Extraction.Fields.Dates.Parsing;

namespace Articles.Extraction.Tests.Dates;

/// <summary>
/// Regex \d matches every Unicode decimal digit (NKo, Arabic-Indic, fullwidth…) but int.Parse takes ASCII only:
/// dates and times are read from ASCII digits, and other digits are simply not part of a date.
/// </summary>
public class NonAsciiDigitTests
{
    [Theory]
    [InlineData("Опубликовано 20 ноября 2023 г. \u07c1\u07c0:\u07c3\u07c0", "2023-11-20")]
    [InlineData("20 ноября 2023 г. в \uff11\uff10:\uff13\uff10", "2023-11-20")]
    [InlineData("25 вересня 2023, 14:\u0663\u0667", "2023-09-25")]
    public void A_time_in_other_digits_is_left_off(string text, string expected)
    {
        var match = TextDateParser.FindFirst(text);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Value.ToIso());
    }

    [Theory]
    [InlineData("\u0662\u0660\u0662\u0663-\u0660\u0669-\u0662\u0665")]
    [InlineData("２０２３-０９-２５")]
    [InlineData("\u07c2\u07c0.\u07c1\u07c1.2023")]
    public void Dates_in_other_digits_are_not_dates(string text)
    {
        Assert.Null(TextDateParser.FindFirst(text));
        Assert.Null(MachineDateParser.Parse(text));
    }

    [Theory]
    [InlineData("\u07c1\u07c2-\u07c1\u07c5 березня 2024")]
    [InlineData("March \u07c1\u07c2-\u07c1\u07c5, 2024")]
    [InlineData("\u07c1\u07c2 March 2024 at \u07c1\u07c2:\u07c3\u07c0 GMT+\u07c0\u07c2")]
    [InlineData("\u07c3 хвилини тому, \u07c5 days ago, вчера в \u07c1\u07c0:\u07c1\u07c5")]
    [InlineData("\u07c1\u07c7\u07c1\u07c0\u07c2\u07c3\u07c5\u07c8\u07c0\u07c0")]
    public void No_written_form_in_other_digits_throws(string text)
    {
        Assert.Null(Record.Exception(() => TextDateParser.FindAll(text)));
        Assert.Null(Record.Exception(() => TextDateParser.FindAll(text, monthFirst: true)));
        Assert.Null(Record.Exception(() => MachineDateParser.Parse(text)));
        Assert.Null(Record.Exception(() => RelativeDateParser.FindAll(text, DateFixtures.DefaultNow)));
    }

    [Fact]
    public void A_url_with_other_digits_gives_no_date()
    {
        var article = DateFixtures.ExtractHtml(
            DateFixtures.Page("en", "By Staff"), url: "https://news.example.com/\u0662\u0660\u0662\u0663/\u0660\u0669/\u0662\u0665/story");

        Assert.Null(article.Published);
    }
}
