using Articles.Cli.Eval;
using Articles.Extraction.Model;

namespace Articles.Cli.Tests.Eval;

public class PageScorerTests
{
    private static FieldOutcome Outcome(IEnumerable<FieldOutcome> outcomes, string field) => outcomes.Single(o => o.Field == field);

    [Fact]
    public void Fields_with_null_gold_are_not_scored()
    {
        var gold = new GoldRecord { File = "a.html", Headline = "Заголовок" };
        var outcomes = PageScorer.Score(gold, new ArticleMetadata { Headline = "Заголовок", Published = "2024-01-01" });
        Assert.Equal(["headline"], outcomes.Select(o => o.Field));
    }

    [Fact]
    public void Headline_is_exact_after_folding_but_case_sensitive()
    {
        var gold = new GoldRecord { File = "a.html", Headline = "Переговори в Стамбулі – ЗМІ" };
        Assert.True(Outcome(PageScorer.Score(gold, new ArticleMetadata { Headline = " Переговори  в\u00A0Стамбулі – ЗМІ" }), "headline").IsPerfect);
        Assert.False(Outcome(PageScorer.Score(gold, new ArticleMetadata { Headline = "Переговори в Стамбулі" }), "headline").IsPerfect);
        Assert.False(Outcome(PageScorer.Score(gold, new ArticleMetadata { Headline = "переговори в стамбулі – зми" }), "headline").IsPerfect);
    }

    [Fact]
    public void Minute_is_scored_only_when_gold_has_a_time()
    {
        var dayOnly = PageScorer.Score(new GoldRecord { File = "a", Published = "2024-05-02" }, new ArticleMetadata { Published = "2024-05-02T08:00" });
        Assert.Equal(["published.day"], dayOnly.Select(o => o.Field));

        var withTime = PageScorer.Score(new GoldRecord { File = "a", Modified = "2024-05-02T08:00:00Z" }, new ArticleMetadata { Modified = "2024-05-02T08:00" });
        Assert.True(Outcome(withTime, "modified.day").IsPerfect);
        Assert.False(Outcome(withTime, "modified.minute").IsPerfect);
    }

    [Fact]
    public void Language_site_and_canonical_compare_loosely_where_it_is_sensible()
    {
        var gold = new GoldRecord { File = "a", Language = "uk", Site = "Слово і діло", Canonical = "https://www.Example.ua/news/1/" };
        var outcomes = PageScorer.Score(gold, new ArticleMetadata { Language = "uk-UA", Site = "СЛОВО І ДІЛО", Url = "https://www.example.ua/news/1" });
        Assert.All(outcomes, o => Assert.True(o.IsPerfect, o.Field));

        var wrongPath = PageScorer.Score(gold, new ArticleMetadata { Url = "https://www.example.ua/News/1" });
        Assert.False(Outcome(wrongPath, "canonical").IsPerfect);
    }

    [Fact]
    public void A_page_that_failed_scores_as_empty()
    {
        var gold = new GoldRecord { File = "a", Authors = ["Марія Коваль"], Sources = [] };
        var outcomes = PageScorer.Score(gold, null);
        Assert.Equal(new SetScore(0, 0, 1), Outcome(outcomes, "authors").Set);
        Assert.Equal(new SetScore(0, 0, 0), Outcome(outcomes, "sources").Set);
    }

    [Fact]
    public void A_second_spelling_of_a_quoted_official_still_costs_a_false_positive()
    {
        var gold = new GoldRecord
        {
            File = "a",
            Officials = [new GoldOfficial(new GoldName("Хайко Маас", ["Маас"]), null, null, true)],
            Quotes = [new GoldQuote("Маас", true, false, "вопросы решают в Европе")],
        };
        var got = new ArticleMetadata { Officials = [new Official { Name = "Хайко Маас" }, new Official { Name = "Маас" }] };
        Assert.Equal(new SetScore(1, 1, 0), Outcome(PageScorer.Score(gold, got), "officials").Set);
    }

    [Fact]
    public void Officials_ignore_anonymous_speakers_and_quoted_non_officials_and_check_roles()
    {
        var gold = new GoldRecord
        {
            File = "a",
            Officials = [new GoldOfficial(new GoldName("Тойво Клаар", ["Клаар"]), "представник у регіоні", "ЄС", false)],
            Quotes = [new GoldQuote("Олег Саакян", true, true, "це кінець епохи")],
        };
        var got = new ArticleMetadata
        {
            Officials =
            [
                new Official { Name = "Тойво Клаар", Role = "Представник у регіоні", Affiliation = "Євросоюз" },
                new Official { Name = "Олег Саакян", Quotes = [new Quote("це кінець епохи", true, "…")] },
                new Official { Name = "представник ЄС", Named = false },
            ],
        };
        var outcomes = PageScorer.Score(gold, got);

        Assert.Equal(new SetScore(1, 0, 0), Outcome(outcomes, "officials").Set);
        Assert.True(Outcome(outcomes, "officials.role").IsPerfect);
        Assert.False(Outcome(outcomes, "officials.affiliation").IsPerfect);
        Assert.Equal(new SetScore(1, 0, 0), Outcome(outcomes, "quotes").Set);
        Assert.True(Outcome(outcomes, "quotes.direct").IsPerfect);
    }
}
