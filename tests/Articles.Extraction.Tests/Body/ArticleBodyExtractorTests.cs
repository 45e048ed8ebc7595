using Articles.Extraction.Body;

namespace Articles.Extraction.Tests.Body;

public class ArticleBodyExtractorTests
{
    private const string UkrainianNewsPage = """
        <!DOCTYPE html><html lang="uk"><head><meta charset="utf-8">
        <title>Мерія відкрила новий міст | Подільські новини</title>
        <link rel="canonical" href="https://podilski.example/2024/10/14/mist">
        </head><body>
        <header><nav><a href="/">Головна</a> <a href="/regiony">Регіони</a></nav></header>
        <aside class="sidebar"><h3>Популярне</h3><ul><li><a href="/a">Депутати ухвалили бюджет громади</a></li></ul></aside>
        <article class="post">
          <h1>Мерія відкрила новий міст</h1>
          <div class="post-meta"><span class="date">14 жовтня 2024, 09:25</span> <span class="author">Ірина Мельничук</span></div>
          <p class="lead">У Вінниці після ремонту відкрили міст через Південний Буг, який був закритий понад рік.</p>
          <figure><img src="/m.jpg"><figcaption>Фото: пресслужба міської ради</figcaption></figure>
          <div class="post-body">
            <p>Про це повідомляє <a href="/dzherela/ukrinform">Укрінформ</a> з посиланням на пресслужбу міністерства, яка оприлюднила деталі ремонту.</p>
            <div class="related-news"><a href="/2024/10/01/remont">Як ремонтували мости області: огляд за рік</a></div>
            <p>Ремонт коштував 120 мільйонів гривень, роботи тривали чотирнадцять місяців і завершилися на два тижні раніше.</p>
            <p><strong>Читайте також:</strong> <a href="/2024/09/20/dorogy">Дороги області чекає капремонт</a></p>
            <h2>Що змінилося для водіїв</h2>
            <p>Рух відкрили в обидва боки, а для пішоходів облаштували ширші тротуари з освітленням уздовж усього мосту.</p>
            <p>Фото: Олег Петренко</p>
          </div>
          <div class="promo-telegram"><a href="https://t.me/podilski">ЧИТАЙТЕ у TELEGRAM</a> найважливіше від «Подільських новин»</div>
          <div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
          <div class="tags"><a href="/tags/mist">міст</a> <a href="/tags/vinnytsia">Вінниця</a></div>
        </article>
        <section class="comments"><h3>Коментарі</h3><p>Нарешті! Скільки можна було чекати на цей міст, пів міста стояло в заторах.</p></section>
        <footer><p>© 2024 Подільські новини. Усі права захищено, використання матеріалів лише з посиланням.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_every_article_paragraph_in_order_including_the_lead_and_subheading()
    {
        var body = ArticleBodyExtractor.Extract(TestPage.Parse(UkrainianNewsPage));

        Assert.Equal(
            [
                "У Вінниці після ремонту відкрили міст через Південний Буг, який був закритий понад рік.",
                "Про це повідомляє Укрінформ з посиланням на пресслужбу міністерства, яка оприлюднила деталі ремонту.",
                "Ремонт коштував 120 мільйонів гривень, роботи тривали чотирнадцять місяців і завершилися на два тижні раніше.",
                "Що змінилося для водіїв",
                "Рух відкрили в обидва боки, а для пішоходів облаштували ширші тротуари з освітленням уздовж усього мосту.",
            ],
            body.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("ЧИТАЙТЕ у TELEGRAM")]
    [InlineData("Поділитися")]
    [InlineData("Фото:")]
    [InlineData("Читайте також")]
    [InlineData("Як ремонтували мости")]
    [InlineData("Популярне")]
    [InlineData("Коментарі")]
    [InlineData("Нарешті")]
    [InlineData("Ірина Мельничук")]
    [InlineData("14 жовтня 2024")]
    [InlineData("Мерія відкрила новий міст")]
    [InlineData("Усі права захищено")]
    public void Drops_page_chrome_promos_captions_and_comments(string unwanted)
    {
        var body = ArticleBodyExtractor.Extract(TestPage.Parse(UkrainianNewsPage));

        Assert.DoesNotContain(unwanted, body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_relative_links_against_the_canonical_url_with_the_anchor_offset()
    {
        var body = ArticleBodyExtractor.Extract(TestPage.Parse(UkrainianNewsPage));

        var paragraph = body.Paragraphs[1];
        var link = Assert.Single(paragraph.Links);
        Assert.Equal("Укрінформ", link.Text);
        Assert.Equal("https://podilski.example/dzherela/ukrinform", link.Href);
        Assert.Equal(paragraph.Text.IndexOf("Укрінформ", StringComparison.Ordinal), link.Start);
    }

    [Fact]
    public void Splits_double_line_breaks_and_drops_credit_lines_in_old_style_markup()
    {
        const string html = """
            <html><body><div id="menu"><a href="/ru/">Главная</a> <a href="/ru/news">Новости</a></div>
            <div class="text">
            Правительство утвердило новый порядок выплат пенсий, который вступит в силу с первого января.<br><br>
            Как пояснили в министерстве, изменения коснутся более трех миллионов человек по всей стране.<br>
            Перерасчет проведут автоматически, без обращения граждан в органы соцзащиты.<br><br>
            <i>Фото: РИА Новости</i><br><br>
            Читайте также: <a href="/ru/pensii">Что будет с пенсиями в следующем году</a>
            </div>
            <div class="right-col"><h3>Популярное</h3><a href="/ru/x">Курс валют на сегодня</a></div>
            </body></html>
            """;

        var body = ArticleBodyExtractor.Extract(TestPage.Parse(html));

        Assert.Equal(
            [
                "Правительство утвердило новый порядок выплат пенсий, который вступит в силу с первого января.",
                "Как пояснили в министерстве, изменения коснутся более трех миллионов человек по всей стране. Перерасчет проведут автоматически, без обращения граждан в органы соцзащиты.",
            ],
            body.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Reads_microdata_article_body_and_keeps_lists_and_quotes_but_not_asides()
    {
        const string html = """
            <html><head><link rel="canonical" href="https://news.example/world/talks"></head><body>
            <article itemscope itemtype="https://schema.org/NewsArticle">
              <header><h1 itemprop="headline">Talks resume in Geneva</h1>
              <p class="byline">By <span itemprop="author">Jane Doe</span> | March 3, 2024</p></header>
              <div itemprop="articleBody">
                <p>Negotiators returned to Geneva on Monday for a third round of talks, officials said.</p>
                <blockquote><p>"We are closer than we have ever been," the mediator told reporters.</p></blockquote>
                <ul><li>Prisoner exchanges are on the agenda.</li><li>A ceasefire line will be discussed.</li></ul>
                <aside class="related"><h4>Related</h4><a href="/world/earlier">Earlier talks collapsed</a></aside>
                <p>Read more: <a href="/world/background">Background to the conflict</a></p>
                <p>The next session is set for <a href="https://un.example/calendar">Thursday</a>, according to the UN.</p>
              </div>
            </article>
            <section class="newsletter"><h3>Sign up for our briefing</h3><form><input type="email"></form></section>
            </body></html>
            """;

        var body = ArticleBodyExtractor.Extract(TestPage.Parse(html));

        Assert.Equal(
            [
                "Negotiators returned to Geneva on Monday for a third round of talks, officials said.",
                "\"We are closer than we have ever been,\" the mediator told reporters.",
                "Prisoner exchanges are on the agenda.",
                "A ceasefire line will be discussed.",
                "The next session is set for Thursday, according to the UN.",
            ],
            body.Paragraphs.Select(p => p.Text));
        var link = Assert.Single(body.Paragraphs[^1].Links);
        Assert.Equal(new BodyLink("Thursday", "https://un.example/calendar", 28), link);
    }

    [Fact]
    public void Reads_nested_wrappers_once()
    {
        const string html = """
            <html><body><div class="content"><div class="inner"><div class="text">
            <p>Первый абзац статьи о выборах в городской совет, которые прошли в воскресенье.</p>
            <div><p>Второй абзац статьи, вложенный в дополнительную обертку без классов и атрибутов.</p></div>
            </div></div></div></body></html>
            """;

        var body = ArticleBodyExtractor.Extract(TestPage.Parse(html));

        Assert.Equal(2, body.Paragraphs.Count);
        Assert.Equal(body.Paragraphs.Count, body.Paragraphs.Select(p => p.Text).Distinct().Count());
    }

    [Fact]
    public void Falls_back_to_the_json_ld_article_body_when_the_markup_holds_little_text()
    {
        var text = string.Join("\\n", Enumerable.Repeat(
            "The council approved the budget after a long debate about school funding and road repairs.", 4));
        var html = $$"""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passed","articleBody":"{{text}}"}
            </script></head><body><div id="app"><p>Loading…</p></div></body></html>
            """;

        var body = ArticleBodyExtractor.Extract(TestPage.Parse(html));

        Assert.Equal(4, body.Paragraphs.Count);
        Assert.All(body.Paragraphs, p => Assert.StartsWith("The council approved", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ld_article_body_points_at_the_container_that_holds_it()
    {
        const string first = "Депутати міської ради ухвалили бюджет на наступний рік після довгого обговорення.";
        const string last = "Наступне засідання призначили на кінець місяця, повідомили у секретаріаті ради.";
        var html = $$"""
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","articleBody":"{{first}}\nНайбільше коштів спрямують на школи, дороги та лікарні міста у двох районах.\n{{last}}"}
            </script></head><body>
            <div class="col"><div class="x1"><p>{{first}}</p><p>Найбільше коштів спрямують на школи, дороги та лікарні міста у двох районах.</p>
            <p>{{last}}</p></div>
            <div class="x2"><p>Інша новина з довгим текстом, яка стоїть поруч, але до статті не належить, хоч і має коми, крапки.</p>
            <p>Ще одна сусідня новина, теж довга, з комами, щоб змагатися зі статтею за увагу алгоритму.</p></div></div>
            </body></html>
            """;
        var page = TestPage.Parse(html);

        var body = ArticleBodyExtractor.Extract(page);

        Assert.Equal("jsonld", MainContentLocator.Locate(page)!.Method);
        Assert.Equal(3, body.Paragraphs.Count);
        Assert.Equal(last, body.Paragraphs[^1].Text);
    }

    [Fact]
    public void Uses_the_source_url_when_the_page_has_no_canonical()
    {
        const string html = """
            <html><body><article>
            <p>Die Stadt meldet neue Zahlen, wie <a href="../berichte/zahlen.html">der Bericht</a> zeigt, und zwar deutlich mehr als im Vorjahr.</p>
            </article></body></html>
            """;

        var body = ArticleBodyExtractor.Extract(TestPage.Parse(html, new Uri("https://stadt.example/news/2024/meldung.html")));

        var link = Assert.Single(Assert.Single(body.Paragraphs).Links);
        Assert.Equal("https://stadt.example/news/berichte/zahlen.html", link.Href);
    }
}
