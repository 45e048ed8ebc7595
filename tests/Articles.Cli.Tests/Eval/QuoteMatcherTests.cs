using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class QuoteMatcherTests
{
    private static readonly GoldOfficial[] Officials =
    [
        new(new GoldName("Ігор Ховаєв", ["Ховаєв", "Igor Khovaev"]), "посланник", "росія", true),
    ];

    private static readonly GoldQuote[] Gold =
    [
        new("Ховаєв", true, true, "переговори тривають у закритому режимі"),
        new("Представник ЄС", false, true, "важливо підтримувати канали зв’язку"),
    ];

    [Fact]
    public void Speaker_matches_through_the_gold_officials_aliases()
    {
        PredictedQuote[] predicted = [new("Igor Khovaev", "переговори тривають у закритому режимі", true)];
        var match = QuoteMatcher.Match(predicted, Gold, Officials);
        Assert.Equal(new SetScore(1, 0, 1), match.Score);
        Assert.Equal([0], match.GoldOf);
    }

    [Fact]
    public void Anonymous_speakers_match_their_phrase_case_insensitively()
    {
        PredictedQuote[] predicted = [new("представник ЄС", "важливо підтримувати канали зв’язку", true)];
        Assert.Equal(new SetScore(1, 0, 1), QuoteMatcher.Match(predicted, Gold, Officials).Score);
    }

    [Fact]
    public void Right_text_with_the_wrong_speaker_is_a_miss_unless_speakers_are_ignored()
    {
        PredictedQuote[] predicted = [new("Луї Боно", "переговори тривають у закритому режимі", true)];
        Assert.Equal(new SetScore(0, 1, 2), QuoteMatcher.Match(predicted, Gold, Officials).Score);
        Assert.Equal(new SetScore(1, 0, 1), QuoteMatcher.Match(predicted, Gold, Officials, requireSpeaker: false).Score);
    }

    [Theory]
    [InlineData("переговори тривають", true)] // 2 of 2 predicted, 2 of 5 gold: F1 = 4/7 ≥ 0.5
    [InlineData("переговори", false)] // 1 of 1 predicted, 1 of 5 gold: F1 = 2/6 < 0.5
    public void Text_must_reach_token_f1_of_one_half(string text, bool matches)
    {
        PredictedQuote[] predicted = [new("Ховаєв", text, false)];
        Assert.Equal(matches ? 1 : 0, QuoteMatcher.Match(predicted, Gold, Officials).Score.TruePositives);
    }

    [Fact]
    public void One_gold_quote_absorbs_only_one_prediction()
    {
        PredictedQuote[] predicted =
        [
            new("Ховаєв", "переговори тривають у закритому режимі", true),
            new("Ігор Ховаєв", "переговори тривають у закритому режимі", true),
        ];
        Assert.Equal(new SetScore(1, 1, 1), QuoteMatcher.Match(predicted, Gold, Officials).Score);
    }
}
