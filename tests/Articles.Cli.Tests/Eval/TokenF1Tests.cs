using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class TokenF1Tests
{
    [Fact]
    public void Punctuation_and_case_are_ignored() =>
        Assert.Equal(1.0, TokenF1.Score("«Важливо підтримувати канали!»", "важливо, підтримувати канали"));

    [Fact]
    public void Partial_overlap_scores_the_harmonic_mean()
    {
        // 2 shared tokens; 3 predicted, 5 gold: F1 = 2*2/(3+5).
        Assert.Equal(0.5, TokenF1.Score("the coming days", "the coming weeks will tell"), 6);
    }

    [Fact]
    public void Repeated_tokens_count_only_as_often_as_they_occur_in_both() =>
        Assert.Equal(2.0 * 1 / 4, TokenF1.Score("так так так", "так"), 6);

    [Fact]
    public void Empty_texts_do_not_match_non_empty_ones() => Assert.Equal(0.0, TokenF1.Score("", "слово"));
}
