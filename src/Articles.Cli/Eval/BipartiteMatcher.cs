namespace Articles.Cli.Eval;

/// <summary>
/// One-to-one matching of predicted items to gold items with the largest number of pairs (augmenting paths), so a
/// prediction that could match two gold items never steals the only partner of another prediction.
/// </summary>
internal static class BipartiteMatcher
{
    /// <returns>For each predicted index, the matched gold index or -1.</returns>
    public static int[] Match(int predictedCount, int goldCount, Func<int, int, bool> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var goldPartner = Enumerable.Repeat(-1, goldCount).ToArray();
        var predictedPartner = Enumerable.Repeat(-1, predictedCount).ToArray();
        for (var p = 0; p < predictedCount; p++)
        {
            TryAugment(p, new bool[goldCount], goldPartner, matches);
        }

        for (var g = 0; g < goldCount; g++)
        {
            if (goldPartner[g] >= 0)
            {
                predictedPartner[goldPartner[g]] = g;
            }
        }

        return predictedPartner;
    }

    private static bool TryAugment(int p, bool[] seen, int[] goldPartner, Func<int, int, bool> matches)
    {
        for (var g = 0; g < goldPartner.Length; g++)
        {
            if (seen[g] || !matches(p, g))
            {
                continue;
            }

            seen[g] = true;
            if (goldPartner[g] < 0 || TryAugment(goldPartner[g], seen, goldPartner, matches))
            {
                goldPartner[g] = p;
                return true;
            }
        }

        return false;
    }
}
