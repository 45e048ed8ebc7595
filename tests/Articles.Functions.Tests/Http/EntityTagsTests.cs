using Articles.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Articles.Functions.Tests.Http;

public sealed class EntityTagsTests
{
    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("W/\"datetime'2025'\"", "W/\"datetime'2025'\"")]
    [InlineData("\"x\"", "\"x\"")]
    public void Format_QuotesOnlyWhenNeeded(string etag, string expected) => Assert.Equal(expected, EntityTags.Format(etag));

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"other\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    [InlineData("", false)]
    public void IfNoneMatch_ComparesWeakly(string header, bool matches)
    {
        var context = new DefaultHttpContext();
        if (header.Length > 0)
        {
            context.Request.Headers.IfNoneMatch = header;
        }

        Assert.Equal(matches, EntityTags.Matches(context.Request, "abc"));
    }
}
