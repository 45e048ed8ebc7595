using Articles.Extraction.Fields.Dates.Parsing;

namespace Articles.Extraction.Tests.Dates;

public class RelativeDateParserTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 10, 12, 30, 45, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("сьогодні, 09:15", "2024-03-10T09:15:00")]
    [InlineData("Сегодня в 11:00", "2024-03-10T11:00:00")]
    [InlineData("вчора о 18:40", "2024-03-09T18:40:00")]
    [InlineData("Вчера, 07:05", "2024-03-09T07:05:00")]
    [InlineData("yesterday at 8:30", "2024-03-09T08:30:00")]
    [InlineData("2 hours ago", "2024-03-10T10:30:00+02:00")]
    [InlineData("3 години тому", "2024-03-10T09:30:00+02:00")]
    [InlineData("5 минут назад", "2024-03-10T12:25:00+02:00")]
    [InlineData("годину тому", "2024-03-10T11:30:00+02:00")]
    [InlineData("vor 2 Stunden", "2024-03-10T10:30:00+02:00")]
    [InlineData("3 days ago", "2024-03-07")]
    public void Resolves_against_the_reference(string text, string expected)
    {
        var found = RelativeDateParser.FindAll(text, Now);

        Assert.Equal(expected, Assert.Single(found).Value.ToIso());
    }

    [Theory]
    [InlineData("Today we look at trains.")]
    [InlineData("Hier finden Sie alles.")]
    [InlineData("hours ago")]
    public void Needs_a_time_or_a_count(string text)
    {
        Assert.Empty(RelativeDateParser.FindAll(text, Now));
    }
}
