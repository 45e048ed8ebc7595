using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class DateScorerTests
{
    [Theory]
    [InlineData("2023-09-25T14:37:00+03:00", "2023-09-25T14:37:59+03:00", true, true)]
    [InlineData("2023-09-25T14:37:00+03:00", "2023-09-25T14:37:00", true, false)] // offset lost
    [InlineData("2023-09-25T14:37:00+03:00", "2023-09-25T11:37:00Z", true, false)] // same instant, other wall time
    [InlineData("2023-09-25T14:37:00+03:00", "2023-09-25", true, false)] // time lost
    [InlineData("2023-09-25T14:37:00", "2023-09-25T14:37", true, true)] // no offset on either side
    [InlineData("2023-09-25T14:37:00", "2023-09-25T14:37:00+03:00", true, false)] // offset invented
    [InlineData("2023-09-25T09:12:00Z", "2023-09-25T09:12:00+00:00", true, true)] // Z is +00:00
    [InlineData("2023-09-25T09:12:00Z", "2023-09-24T09:12:00Z", false, false)]
    [InlineData("2023-09-25T09:12:00Z", "25 вересня 2023", false, false)] // not ISO 8601
    public void Day_and_minute_precision(string gold, string predicted, bool sameDay, bool sameMinute)
    {
        var parsed = IsoDate.Parse(gold)!;
        Assert.Equal(sameDay, DateScorer.SameDay(parsed, predicted));
        Assert.Equal(sameMinute, DateScorer.SameMinute(parsed, predicted));
    }

    [Fact]
    public void A_date_only_gold_has_no_time_to_score()
    {
        var parsed = IsoDate.Parse("2019-10-16")!;
        Assert.False(parsed.HasTime);
        Assert.True(DateScorer.SameDay(parsed, "2019-10-16T23:59:00+02:00"));
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Invalid_dates_do_not_parse(string text) => Assert.Null(IsoDate.Parse(text));

    [Fact]
    public void Offsets_are_normalised()
    {
        Assert.Equal("+03:00", IsoDate.Parse("2023-09-25T14:37+0300")!.Offset);
        Assert.Equal("-05:00", IsoDate.Parse("2023-09-25T14:37:00.123-05:00")!.Offset);
        Assert.Equal("+00:00", IsoDate.Parse("2023-09-25T14:37:00-00:00")!.Offset);
    }
}
