using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Headline;

/// <summary>Pages without metadata or h1–h3: a headline-class element, or an h4–h6 above the text.</summary>
public class FallbackHeadingTests
{
    private const string Prose =
        "Tomorrow evening the association meets again in the town hall to talk about the plans for the coming year and the new building.";

    private static (string? Value, string? Rule) Run(string html)
    {
        var found = HeadlineRules.Cascade.Run(TestPages.Parse(html));
        return (found?.Value, found?.Rule);
    }

    [Fact]
    public void Element_with_a_headline_class_beats_the_title()
    {
        var html = $"""
            <title>Magic tidying | Shop magazine</title>
            <ul><li><a href="/other"><span class="teaser-headline">Another story elsewhere</span></a></li></ul>
            <div class="l-headline"><span class="l-bold">The best tricks for your wardrobe</span></div><p>{Prose}</p>
            """;

        Assert.Equal(("The best tricks for your wardrobe", "headline-class"), Run(html));
    }

    [Fact]
    public void Headline_class_rule_stays_out_when_the_page_has_an_h1()
    {
        var html = """
            <title>Title words here</title><h1>The real headline</h1><div class="l-headline">Some other headline text</div>
            """;

        Assert.Equal(("The real headline", "h1"), Run(html));
    }

    [Fact]
    public void H4_above_prose_is_the_headline_of_a_page_without_higher_headings()
    {
        var html = $"""
            <title>Community Association e.V.</title>
            <div><h4><a href="/forum">Our forum</a></h4><ul><li>Links</li></ul></div>
            <h4>Greetings for the holiday night</h4><p></p><p>{Prose}</p>
            """;

        Assert.Equal(("Greetings for the holiday night", "h4-h6"), Run(html));
    }

    [Fact]
    public void H6_after_a_byline_heading_still_counts()
    {
        var html = $"""
            <title>Association | Prices</title>
            <h6>Energy crisis: relief and rights at a glance</h6><h5><em>By Jane Doe</em></h5><p>{Prose}</p>
            """;

        Assert.Equal("Energy crisis: relief and rights at a glance", Run(html).Value);
    }

    [Fact]
    public void H4_without_prose_after_it_is_not_taken()
    {
        var html = """
            <title>Community Association e.V.</title>
            <h4>Opening hours today</h4><p>Mon–Fri 9–17</p>
            """;

        Assert.Equal(("Community Association e.V.", "title"), Run(html));
    }

    [Fact]
    public void H4_rule_stays_out_when_an_h3_is_in_the_body()
    {
        var html = $"""
            <title>Community news today</title>
            <h3>Clips from the film</h3><h4>A detective music film</h4><p>{Prose}</p>
            """;

        Assert.NotEqual("h4-h6", Run(html).Rule);
    }
}
