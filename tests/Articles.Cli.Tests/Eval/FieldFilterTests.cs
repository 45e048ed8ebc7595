using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class FieldFilterTests
{
    [Fact]
    public void A_prefix_selects_its_sub_fields()
    {
        var filter = new FieldFilter(["published,authors"]);
        Assert.True(filter.Includes("published.day"));
        Assert.True(filter.Includes("published.minute"));
        Assert.True(filter.Includes("authors"));
        Assert.False(filter.Includes("modified.day"));
    }

    [Fact]
    public void Quotes_text_shows_only_when_named()
    {
        Assert.False(new FieldFilter([]).Includes("quotes.text"));
        Assert.False(new FieldFilter(["quotes"]).Includes("quotes.text"));
        Assert.True(new FieldFilter(["quotes"]).Includes("quotes.direct"));
        Assert.True(new FieldFilter(["quotes.text"]).Includes("quotes.text"));
    }

    [Fact]
    public void Unknown_names_are_reported() => Assert.Equal(["headlines"], new FieldFilter(["headline", "headlines"]).Unknown());
}
