using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Page;

public class JsonLdGraphTests
{
    private static JsonLdGraph Graph(params string[] scripts) =>
        TestPages.Parse(string.Concat(scripts.Select(s => $"<script type=\"application/ld+json\">{s}</script>"))).JsonLd;

    [Fact]
    public void Graph_members_are_nodes_and_references_resolve()
    {
        var graph = Graph("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"Слово і діло"},
              {"@type":"NewsArticle","headline":"Заголовок","publisher":{"@id":"#org"}}]}
            """);

        var article = Assert.NotNull(graph.Article);
        Assert.Equal("Заголовок", JsonLdGraph.GetString(article, "headline"));
        Assert.Equal("Слово і діло", JsonLdGraph.GetString(graph.Resolve(article.GetProperty("publisher")), "name"));
        Assert.Equal(2, graph.Nodes.Count);
    }

    [Fact]
    public void Top_level_arrays_and_type_arrays_are_read()
    {
        var graph = Graph("""[{"@type":"WebPage","name":"Page"},{"@type":["Thing","http://schema.org/ReportageNewsArticle"],"headline":"Report"}]""");

        Assert.Equal(["Thing", "ReportageNewsArticle"], JsonLdGraph.Types(graph.Nodes[1]));
        Assert.Equal("Report", JsonLdGraph.GetString(Assert.NotNull(graph.Article), "headline"));
    }

    [Fact]
    public void Articles_from_several_scripts_keep_document_order()
    {
        var graph = Graph("""{"@type":"BlogPosting","headline":"First"}""", """{"@type":"NewsArticle","headline":"Second"}""");

        Assert.Equal(["First", "Second"], graph.ArticleNodes.Select(n => JsonLdGraph.GetString(n, "headline")));
    }

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Trailing\",}")]
    [InlineData("<!--\n{\"@type\":\"NewsArticle\",\"headline\":\"Trailing\"}\n-->")]
    [InlineData("//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"Trailing\"}\n//]]>")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Trailing\"};")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Trail\ning\"}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Trail\\'ing\"}")]
    public void Common_breakage_is_repaired(string json)
    {
        var graph = Graph(json);

        var headline = JsonLdGraph.GetString(Assert.NotNull(graph.Article), "headline");
        Assert.StartsWith("Trail", headline, StringComparison.Ordinal);
        Assert.EndsWith("ing", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Concatenated_objects_are_all_read()
    {
        var graph = Graph("""{"@type":"WebSite","name":"Site"}{"@type":"NewsArticle","headline":"Two"}""");

        Assert.Equal(2, graph.Nodes.Count);
        Assert.Equal("Two", JsonLdGraph.GetString(Assert.NotNull(graph.Article), "headline"));
    }

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":")]
    [InlineData("not json at all")]
    [InlineData("")]
    public void Hopeless_json_is_skipped_without_throwing(string json) =>
        Assert.Empty(Graph(json, """{"@type":"Person","name":"Kept"}""").ArticleNodes);

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = new string('[', 5000) + new string(']', 5000);

        Assert.Empty(Graph(deep).Nodes);
    }

    [Fact]
    public void Repair_escapes_control_characters_only_inside_strings() =>
        Assert.Equal("{\"a\":\"x\\ny\\t\"}\n", JsonLdRepair.FixStrings("{\"a\":\"x\ny\t\"}\n"));
}
