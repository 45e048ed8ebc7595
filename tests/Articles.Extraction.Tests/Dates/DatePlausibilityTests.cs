using Articles.Extraction.Fields.Dates.Parsing;

namespace Articles.Extraction.Tests.Dates;

public class DatePlausibilityTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-03-10T11:00:00+00:00", true)]
    [InlineData("2024-03-10T14:00:00+00:00", false)]
    [InlineData("2024-03-10T15:00:00+03:00", true)]
    [InlineData("2024-03-11T01:00:00", true)]
    [InlineData("2024-03-12T01:00:00", false)]
    [InlineData("2024-03-11", true)]
    [InlineData("2024-03-12", false)]
    [InlineData("1994-12-31", false)]
    [InlineData("1995-01-01", true)]
    public void Rejects_future_and_absurd_dates(string iso, bool plausible)
    {
        var value = MachineDateParser.Parse(iso);

        Assert.NotNull(value);
        Assert.Equal(plausible, DatePlausibility.IsPlausible(value.Value, Now));
    }
}
