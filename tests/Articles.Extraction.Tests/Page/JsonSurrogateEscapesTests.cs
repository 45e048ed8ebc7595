using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Page;

public class JsonSurrogateEscapesTests
{
    [Theory]
    [InlineData("""{"d":"Rocket \ud83d"}""", """{"d":"Rocket \ufffd"}""")]
    [InlineData("""{"d":"\ude80 lift-off"}""", """{"d":"\ufffd lift-off"}""")]
    [InlineData("""{"d":"\ud83d\ud83d\ude80"}""", """{"d":"\ufffd\ud83d\ude80"}""")]
    [InlineData("""{"d":"\uD83D"}""", """{"d":"\ufffd"}""")]
    public void Lone_surrogate_escapes_become_the_replacement_character(string json, string expected) =>
        Assert.Equal(expected, JsonSurrogateEscapes.Repair(json));

    [Theory]
    [InlineData("""{"d":"Rocket \ud83d\ude80"}""")]
    [InlineData("""{"d":"path C:\\ud83d"}""")]
    [InlineData("""{"d":"\u0410\u0411 \n \"quoted\""}""")]
    [InlineData("""{"d":"truncated \ud8"}""")]
    public void Everything_else_is_left_as_it_is(string json) =>
        Assert.Same(json, JsonSurrogateEscapes.Repair(json));

    [Fact]
    public void JsonLd_with_a_truncated_emoji_is_still_read()
    {
        var page = TestPages.Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Launch day \ud83d","author":{"name":"Ann Lee"}}</script>""");

        var article = Assert.NotNull(page.JsonLd.Article);
        Assert.Equal("Launch day \ufffd", JsonLdGraph.GetString(article, "headline"));
        Assert.Equal("Ann Lee", JsonLdGraph.GetString(article, "author"));
    }
}
