using Articles.Extraction.Fields.Dates.Parsing;

namespace Articles.Extraction.Tests.Dates;

public class MachineDateParserTests
{
    [Theory]
    [InlineData("2023-09-25T14:37:00+03:00", "2023-09-25T14:37:00+03:00")]
    [InlineData("2023-09-25T09:12:00Z", "2023-09-25T09:12:00+00:00")]
    [InlineData("2023-09-25T14:37:00.123+0300", "2023-09-25T14:37:00+03:00")]
    [InlineData("2023-09-25 14:37", "2023-09-25T14:37:00")]
    [InlineData("2023-09-25T14:37", "2023-09-25T14:37:00")]
    [InlineData("2023-09-25", "2023-09-25")]
    [InlineData("20230925", "2023-09-25")]
    [InlineData("Wed, 16 Oct 2019 10:00:00 GMT", "2019-10-16T10:00:00+00:00")]
    [InlineData("1695627420", "2023-09-25T07:37:00+00:00")]
    [InlineData("2023-09-25T14:37:00-05:00", "2023-09-25T14:37:00-05:00")]
    public void Reads_metadata_values(string raw, string expected)
    {
        Assert.Equal(expected, MachineDateParser.Parse(raw)?.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-30")]
    [InlineData("2023-09-25T25:00:00")]
    public void Rejects_impossible_values(string raw)
    {
        Assert.Null(MachineDateParser.Parse(raw));
    }
}
