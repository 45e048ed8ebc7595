using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class SetScoreTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_the_counts()
    {
        var score = new SetScore(TruePositives: 2, FalsePositives: 1, FalseNegatives: 3);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 5, score.Recall, 6);
        Assert.Equal(4.0 / 8, score.F1, 6);
    }

    [Fact]
    public void Empty_against_empty_is_perfect()
    {
        var score = new SetScore(0, 0, 0);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
        Assert.True(score.IsPerfect);
    }

    [Fact]
    public void Predicting_nothing_against_gold_scores_zero()
    {
        var score = new SetScore(0, 0, 2);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Sums_are_micro_averages() =>
        Assert.Equal(new SetScore(3, 1, 2), new SetScore(1, 1, 0) + new SetScore(2, 0, 2));
}
