using Articles.Extraction.Fields.Dates.Parsing;

namespace Articles.Extraction.Tests.Dates;

public class TextDateParserTests
{
    [Theory]
    [InlineData("25 вересня 2023, 14:37", "2023-09-25T14:37:00")]
    [InlineData("у понеділок, 2 жовтня 2023 року о 08:00", "2023-10-02T08:00:00")]
    [InlineData("25 сентября 2023 г.", "2023-09-25")]
    [InlineData("Опубликовано 3 мая 2022 года в 10:15", "2022-05-03T10:15:00")]
    [InlineData("September 25, 2023 9:12 AM", "2023-09-25T09:12:00")]
    [InlineData("September 25, 2023 9:12 PM UTC", "2023-09-25T21:12:00+00:00")]
    [InlineData("Sept. 25, 2023", "2023-09-25")]
    [InlineData("25.09.2023 14:37", "2023-09-25T14:37:00")]
    [InlineData("2023-09-25", "2023-09-25")]
    [InlineData("2023-09-25T14:37:00+03:00", "2023-09-25T14:37:00+03:00")]
    [InlineData("16. Oktober 2019", "2019-10-16")]
    [InlineData("3. März 2020 um 17:05 Uhr", "2020-03-03T17:05:00")]
    [InlineData("le 16 octobre 2019", "2019-10-16")]
    [InlineData("1er février 2021", "2021-02-01")]
    [InlineData("16 de octubre de 2019", "2019-10-16")]
    [InlineData("16 ottobre 2019", "2019-10-16")]
    [InlineData("16 października 2019 r.", "2019-10-16")]
    [InlineData("16 de outubro de 2019", "2019-10-16")]
    [InlineData("Oct 16th, 2019", "2019-10-16")]
    [InlineData("26 | 01 | 2022", "2022-01-26")]
    public void Reads_written_and_numeric_dates(string text, string expected)
    {
        var match = TextDateParser.FindFirst(text);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Value.ToIso());
    }

    [Theory]
    [InlineData("04/05/2023", false, "2023-05-04")]
    [InlineData("04/05/2023", true, "2023-04-05")]
    [InlineData("25/09/2023", true, "2023-09-25")]
    public void Slashed_dates_follow_the_page_convention_unless_unambiguous(string text, bool monthFirst, string expected)
    {
        Assert.Equal(expected, TextDateParser.FindFirst(text, monthFirst)?.Value.ToIso());
    }

    [Theory]
    [InlineData("Version 1.2.3 released")]
    [InlineData("32 вересня 2023")]
    [InlineData("25 blorks 2023")]
    [InlineData("Call 555-12-2023 now")]
    public void Ignores_what_is_not_a_date(string text)
    {
        Assert.Null(TextDateParser.FindFirst(text));
    }

    [Fact]
    public void Keeps_the_raw_text_with_its_time()
    {
        var match = TextDateParser.FindFirst("Новини | 25 вересня 2023, 14:37 | Політика");

        Assert.NotNull(match);
        Assert.Equal("25 вересня 2023, 14:37", match.Raw);
    }

    [Fact]
    public void Finds_every_date_in_order()
    {
        var all = TextDateParser.FindAll("From 1 March 2020 to 2020-04-05 and 06.07.2021.");

        Assert.Equal(["2020-03-01", "2020-04-05", "2021-07-06"], all.Select(m => m.Value.ToIso()));
    }

    [Theory]
    [InlineData("Wochenbericht 14. - 20. Januar 2022", "2022-01-14")]
    [InlineData("Тиждень 14–20 вересня 2023 року", "2023-09-14")]
    [InlineData("Conference, March 3-5, 2021", "2021-03-03")]
    [InlineData("del 7 al 9 y 7 - 9 de mayo de 2021", "2021-05-07")]
    public void Reads_a_day_range_as_its_first_day(string text, string expected)
    {
        Assert.Equal(expected, TextDateParser.FindFirst(text)?.Value.ToIso());
    }

    [Fact]
    public void A_descending_pair_of_numbers_is_not_a_range()
    {
        var match = TextDateParser.FindFirst("Folge 20 - 12. Januar 2022");

        Assert.Equal("2022-01-12", match?.Value.ToIso());
    }
}
