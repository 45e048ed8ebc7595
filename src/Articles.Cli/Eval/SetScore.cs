namespace Articles.Cli.Eval;

/// <summary>
/// True/false positive and false negative counts of one set comparison, or a sum of them (micro-averaging).
/// Empty against empty is perfect; predicting nothing against a non-empty gold set gives P = R = F1 = 0.
/// </summary>
internal readonly record struct SetScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives, FalseNegatives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives, FalsePositives);

    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? 1.0
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    public bool IsPerfect => FalsePositives == 0 && FalseNegatives == 0;

    public static SetScore operator +(SetScore a, SetScore b) => new(
        a.TruePositives + b.TruePositives,
        a.FalsePositives + b.FalsePositives,
        a.FalseNegatives + b.FalseNegatives);

    public static SetScore Add(SetScore a, SetScore b) => a + b;

    // An empty denominator is right (1) only when the other side made no error either.
    private static double Ratio(int hits, int total, int otherErrors) =>
        total == 0 ? (otherErrors == 0 ? 1.0 : 0.0) : (double)hits / total;
}
