using Articles.Extraction.Fields.Authors;

namespace Articles.Extraction.Tests.Authors;

public class AuthorRulesTests
{
    private static (IReadOnlyList<string>? Authors, string? Rule) Run(string html)
    {
        var found = AuthorRules.Cascade.Run(TestPage.Parse(html));
        return (found?.Value, found?.Rule);
    }

    private static void AssertFound(string html, string rule, params string[] names)
    {
        var (authors, found) = Run(html);
        Assert.Equal(names, authors);
        Assert.Equal(rule, found);
    }

    [Fact]
    public void Json_ld_person_objects_and_graph_references()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Person","@id":"https://news.example/#/person/1","name":"Марія Коваль"},
              {"@type":"NewsArticle","headline":"Х","author":[{"@id":"https://news.example/#/person/1"},
                {"@type":"Person","name":"Іван Петренко"}],"publisher":{"@type":"Organization","name":"Новини"}}
            ]}</script></head><body></body></html>
            """;

        var (authors, rule) = Run(html);

        Assert.Equal(["Марія Коваль", "Іван Петренко"], authors);
        Assert.Equal("jsonld", rule);
    }

    [Fact]
    public void Json_ld_string_byline_is_cleaned_and_split()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","author":"By Jane Doe and John Smith, Senior Reporters"}
            </script></head><body></body></html>
            """;

        Assert.Equal(["Jane Doe", "John Smith"], Run(html).Authors);
    }

    [Fact]
    public void Organization_author_gives_way_to_a_visible_person_byline()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","author":{"@type":"Organization","name":"LN"}}
            </script></head><body><article><h1>Kirche sucht Spender</h1>
            <p>Die Gemeinde sammelt seit Jahren für die Renovierung des Turms, nun ist das Ziel erreicht.</p>
            <p><em>Von Cosima Beispiel</em></p></article></body></html>
            """;

        var (authors, rule) = Run(html);

        Assert.Equal(["Cosima Beispiel"], authors);
        Assert.Equal("byline", rule);
    }

    [Fact]
    public void Organization_author_is_kept_when_no_person_is_named()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","author":{"@type":"Organization","name":"Redaktion"},
             "publisher":{"@type":"Organization","name":"Tennis Heute"}}
            </script></head><body><article><p>Ein Text ohne Autorenzeile, aber mit genug Inhalt für einen Absatz.</p></article></body></html>
            """;

        var (authors, rule) = Run(html);

        Assert.Equal(["Redaktion"], authors);
        Assert.Equal("jsonld-organization", rule);
    }

    [Fact]
    public void Meta_author_url_is_not_a_name_and_the_publisher_is_not_an_author()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="Example News">
            <meta property="article:author" content="https://www.facebook.com/examplenews">
            <meta name="author" content="Example News"></head>
            <body><article><h1>Headline</h1><div class="byline">By <a href="/authors/daniel-reyes">Daniel Reyes</a></div>
            <p>Body text that is long enough to be the article's paragraph, with a comma or two, for scoring.</p></article></body></html>
            """;

        var (authors, rule) = Run(html);

        Assert.Equal(["Daniel Reyes"], authors);
        Assert.Equal("byline", rule);
    }

    [Fact]
    public void Meta_author_with_a_name()
    {
        const string html = """<html><head><meta name="author" content="Daniel Reyes"></head><body></body></html>""";

        AssertFound(html, "meta", "Daniel Reyes");
    }

    [Fact]
    public void Itemprop_author_reads_the_name_inside()
    {
        const string html = """
            <html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Talks</h1>
            <p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Daniel Reyes</span>, Staff Writer</span></p>
            <div itemprop="articleBody"><p>Envoys met in Istanbul two days before the offensive, the report said.</p></div>
            </article></body></html>
            """;

        AssertFound(html, "itemprop=author", "Daniel Reyes");
    }

    [Fact]
    public void Rel_author_links_inside_the_article_win_over_sidebar_ones()
    {
        const string html = """
            <html><body><aside><a rel="author" href="/author/other">Other Writer</a></aside>
            <article><header><h1>Zahlen</h1><span class="meta"><a rel="author" href="/author/heiko">Heiko Sauer</a></span></header>
            <div class="entry-content"><p>Ein langer Absatz mit Inhalt, Kommas und genug Text für die Bewertung des Haupttextes.</p></div>
            </article></body></html>
            """;

        AssertFound(html, "rel=author", "Heiko Sauer");
    }

    [Fact]
    public void Visible_byline_in_the_article_header_with_title_date_and_email()
    {
        const string html = """
            <html><body><article><header><h1>Нова заява</h1>
            <div class="article-author">Автор: Марія Коваль та Іван Петренко | 25 вересня 2023, 14:37 | maria@news.example</div></header>
            <div class="article-body"><p>Текст статті, достатньо довгий, щоб бути основним текстом, з комами, як годиться.</p></div>
            </article>
            <section class="comments"><div class="comment-author">Читач Сергій</div></section></body></html>
            """;

        AssertFound(html, "byline", "Марія Коваль", "Іван Петренко");
    }

    [Fact]
    public void Name_signed_in_italics_under_the_text()
    {
        const string html = """
            <html><body><div id="content"><h2>Le travail</h2>
            <p>Les économistes débattent depuis longtemps de la place du travail, et la question revient aujourd'hui.</p>
            <p>Les inégalités, elles, ne disparaissent pas avec la croissance, même lorsque l'emploi progresse.</p>
            <p align="right"><em>Denis Exemple</em></p></div></body></html>
            """;

        AssertFound(html, "signature", "Denis Exemple");
    }

    [Fact]
    public void Bold_closing_line_that_is_not_a_name_is_no_signature()
    {
        const string html = """
            <html><body><div id="content">
            <p>Die Stadt meldet neue Zahlen zum Verkehr, und zwar deutlich mehr Radfahrer als im Vorjahr.</p>
            <p>Der Ausbau der Radwege soll im Frühjahr weitergehen, sagte die Verwaltung am Montag.</p>
            <p><strong>Weitere Informationen gibt es hier</strong></p></div></body></html>
            """;

        var (authors, _) = Run(html);
        Assert.Null(authors);
    }

    [Fact]
    public void No_author_anywhere_gives_no_answer()
    {
        const string html = """
            <html><body><article><h1>Без автора</h1><p>Текст статьи, в котором никто не подписан, а только излагаются факты.</p></article></body></html>
            """;

        var (authors, rule) = Run(html);
        Assert.Null(authors);
        Assert.Null(rule);
    }
}
