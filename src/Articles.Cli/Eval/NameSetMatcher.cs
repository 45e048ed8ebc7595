namespace Articles.Cli.Eval;

/// <summary>The result of matching predicted names against gold entities one-to-one.</summary>
/// <param name="GoldOf">For each predicted name, the index of the gold entity it matched, or -1.</param>
internal sealed record NameMatch(SetScore Score, int[] GoldOf, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra);

/// <summary>
/// Set scoring for authors, sources and officials: a predicted name is right when it equals, case-insensitively after
/// NFC and whitespace folding, the gold name or one of its aliases. Each gold entity is matched at most once, so a
/// duplicate (two spellings of one outlet or person) counts as a false positive.
/// </summary>
internal static class NameSetMatcher
{
    /// <param name="ignoredExtras">Predicted names that are neither right nor wrong (e.g. quoted non-officials).</param>
    public static NameMatch Match(
        IReadOnlyList<string> predicted,
        IReadOnlyList<GoldName> gold,
        IReadOnlySet<string>? ignoredExtras = null)
    {
        var predictedKeys = predicted.Select(TextNormalizer.Key).ToArray();
        var goldKeys = gold.Select(g => g.Spellings.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal)).ToArray();
        var goldOf = BipartiteMatcher.Match(predicted.Count, gold.Count, (p, g) => goldKeys[g].Contains(predictedKeys[p]));

        var matchedGold = goldOf.Where(g => g >= 0).ToHashSet();
        var missing = gold.Where((_, g) => !matchedGold.Contains(g)).Select(g => g.Name).ToList();
        var extra = new List<string>();
        for (var p = 0; p < predicted.Count; p++)
        {
            if (goldOf[p] >= 0)
            {
                continue;
            }

            if (ignoredExtras is null || !ignoredExtras.Contains(predictedKeys[p]))
            {
                extra.Add(predicted[p]);
            }
        }

        return new NameMatch(new SetScore(matchedGold.Count, extra.Count, missing.Count), goldOf, missing, extra);
    }
}
