using Articles.Extraction.Fields.Dates.Parsing;

namespace Articles.Extraction.Tests.Dates;

public class MonthNamesTests
{
    [Theory]
    [InlineData("вересня", 9)]
    [InlineData("вересень", 9)]
    [InlineData("лютого", 2)]
    [InlineData("листопаді", 11)]
    [InlineData("Сентября", 9)]
    [InlineData("мае", 5)]
    [InlineData("марта", 3)]
    [InlineData("Sept.", 9)]
    [InlineData("März", 3)]
    [InlineData("Jänner", 1)]
    [InlineData("août", 8)]
    [InlineData("févr.", 2)]
    [InlineData("diciembre", 12)]
    [InlineData("settembre", 9)]
    [InlineData("października", 10)]
    [InlineData("outubro", 10)]
    public void Knows_cases_and_abbreviations(string word, int month)
    {
        Assert.Equal(month, MonthNames.Lookup(word));
    }

    [Theory]
    [InlineData("monday")]
    [InlineData("новини")]
    public void Unknown_words_are_no_month(string word)
    {
        Assert.Null(MonthNames.Lookup(word));
    }
}
