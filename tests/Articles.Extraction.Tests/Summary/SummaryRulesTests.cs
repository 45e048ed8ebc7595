using Articles.Extraction.Fields.Summary;
using Articles.Extraction.Tests.Page;

namespace Articles.Extraction.Tests.Summary;

public class SummaryRulesTests
{
    private const string JsonLd = """
        <script type="application/ld+json">{"@type":"NewsArticle","description":"From JSON-LD","articleSection":["Світ","Європа"],
        "keywords":"Карабах, Азербайджан,карабах"}</script>
        """;

    [Fact]
    public void Description_prefers_meta_description()
    {
        var found = DescriptionRules.Cascade.Run(TestPages.Parse("<meta property=\"og:description\" content=\"OG\"><meta name=\"description\" content=\" Lead &amp; more \">" + JsonLd));

        Assert.Equal(("Lead & more", "description"), (found?.Value, found?.Rule));
    }

    [Fact]
    public void Description_and_section_fall_back_to_jsonld()
    {
        var page = TestPages.Parse(JsonLd);

        Assert.Equal("From JSON-LD", DescriptionRules.Cascade.Run(page)?.Value);
        Assert.Equal(("Світ", "jsonld"), (SectionRules.Cascade.Run(page)?.Value, SectionRules.Cascade.Run(page)?.Rule));
    }

    [Fact]
    public void Article_section_meta_comes_first() =>
        Assert.Equal("Регіони", SectionRules.Cascade.Run(TestPages.Parse("<meta property=\"article:section\" content=\"Регіони\">" + JsonLd))?.Value);

    [Fact]
    public void Article_tags_keep_page_order_without_duplicates()
    {
        var html = "<meta property=\"article:tag\" content=\"Київ\"><meta property=\"article:tag\" content=\"мости\"><meta property=\"article:tag\" content=\"київ\">";

        Assert.Equal(["Київ", "мости"], TagRules.Cascade.Run(TestPages.Parse(html + JsonLd))?.Value ?? []);
    }

    [Fact]
    public void JsonLd_keywords_string_is_split_on_commas() =>
        Assert.Equal(["Карабах", "Азербайджан"], TagRules.Cascade.Run(TestPages.Parse(JsonLd))?.Value ?? []);

    [Fact]
    public void JsonLd_keywords_array_and_meta_keywords()
    {
        Assert.Equal(["a", "b"], TagRules.Cascade.Run(TestPages.Parse("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"keywords\":[\"a\",\"b\",\"A\"]}</script>"))?.Value ?? []);
        Assert.Equal(["x", "y z"], TagRules.Cascade.Run(TestPages.Parse("<meta name=\"keywords\" content=\"x, y z,\">"))?.Value ?? []);
    }
}
