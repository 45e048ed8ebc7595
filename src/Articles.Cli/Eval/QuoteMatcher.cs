namespace Articles.Cli.Eval;

/// <summary>The result of matching predicted quotes to gold quotes one-to-one.</summary>
/// <param name="GoldOf">For each predicted quote, the index of the gold quote it matched, or -1.</param>
internal sealed record QuoteMatch(SetScore Score, int[] GoldOf);

/// <summary>
/// A predicted quote matches a gold quote when the speaker matches and the texts overlap with token F1 ≥ 0.5.
/// The speaker matches when our official's name equals, case-insensitively after NFC and whitespace folding, the gold
/// <c>speaker</c> or any spelling (name or alias) of the gold official that the speaker names.
/// </summary>
internal static class QuoteMatcher
{
    public const double TextThreshold = 0.5;

    public static QuoteMatch Match(
        IReadOnlyList<PredictedQuote> predicted,
        IReadOnlyList<GoldQuote> gold,
        IReadOnlyList<GoldOfficial> officials,
        bool requireSpeaker = true)
    {
        var speakerKeys = gold.Select(q => SpeakerKeys(q.Speaker, officials)).ToArray();
        var predictedSpeakers = predicted.Select(q => TextNormalizer.Key(q.Speaker)).ToArray();
        var goldOf = BipartiteMatcher.Match(predicted.Count, gold.Count, (p, g) =>
            (!requireSpeaker || speakerKeys[g].Contains(predictedSpeakers[p]))
            && TokenF1.Score(predicted[p].Text, gold[g].Text) >= TextThreshold);
        var matched = goldOf.Count(g => g >= 0);
        return new QuoteMatch(new SetScore(matched, predicted.Count - matched, gold.Count - matched), goldOf);
    }

    /// <summary>The gold speaker plus every spelling of a gold official whose name or alias is that speaker.</summary>
    public static HashSet<string> SpeakerKeys(string speaker, IReadOnlyList<GoldOfficial> officials)
    {
        var key = TextNormalizer.Key(speaker);
        var keys = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var official in officials)
        {
            var spellings = official.Name.Spellings.Select(TextNormalizer.Key).ToList();
            if (spellings.Contains(key))
            {
                keys.UnionWith(spellings);
            }
        }

        return keys;
    }
}
