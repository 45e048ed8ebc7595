using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class NameSetMatcherTests
{
    private static readonly GoldName[] Gold =
    [
        new("Politico", ["politico.eu"]),
        new("Укрінформ", []),
        new("Reuters", ["Рейтер"]),
    ];

    [Fact]
    public void Names_match_gold_or_alias_case_insensitively()
    {
        var match = NameSetMatcher.Match(["POLITICO.EU", "укрінформ", "рейтер"], Gold);
        Assert.Equal(new SetScore(3, 0, 0), match.Score);
        Assert.Equal([0, 1, 2], match.GoldOf);
    }

    [Fact]
    public void A_second_spelling_of_one_entity_is_a_false_positive()
    {
        var match = NameSetMatcher.Match(["Politico", "politico.eu"], Gold);
        Assert.Equal(new SetScore(1, 1, 2), match.Score);
        Assert.Equal(["politico.eu"], match.Extra);
        Assert.Equal(["Укрінформ", "Reuters"], match.Missing);
    }

    [Fact]
    public void Whitespace_differences_do_not_matter()
    {
        var match = NameSetMatcher.Match(["Марія\u00A0 Коваль"], [new GoldName("Марія Коваль", [])]);
        Assert.Equal(new SetScore(1, 0, 0), match.Score);
    }

    [Fact]
    public void Ignored_extras_cost_nothing()
    {
        var ignored = new HashSet<string>(StringComparer.Ordinal) { "joshua huder" };
        var match = NameSetMatcher.Match(["Joshua Huder", "Somebody Else"], [], ignored);
        Assert.Equal(new SetScore(0, 1, 0), match.Score);
        Assert.Equal(["Somebody Else"], match.Extra);
    }

    [Fact]
    public void Matching_is_one_to_one_with_the_most_pairs()
    {
        // "Трамп" could match either gold entry; the full name only the first. Both must be matched.
        GoldName[] gold = [new("Дональд Трамп", ["Трамп"]), new("Мелания Трамп", ["Трамп"])];
        var match = NameSetMatcher.Match(["Трамп", "Дональд Трамп"], gold);
        Assert.Equal(new SetScore(2, 0, 0), match.Score);
    }
}
