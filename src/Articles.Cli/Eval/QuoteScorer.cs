using Articles.Extraction.Model;

namespace Articles.Cli.Eval;

/// <summary>
/// Quotes (speaker + token F1 ≥ 0.5), the same matching without the speaker (<c>quotes.text</c>, to tell a wrong
/// speaker from a missed quote), and the <c>direct</c> flag over matched pairs where gold gives it.
/// </summary>
internal static class QuoteScorer
{
    public static void Add(List<FieldOutcome> outcomes, GoldRecord gold, ArticleMetadata got)
    {
        var goldQuotes = gold.Quotes ?? [];
        var officials = gold.Officials ?? [];
        var predicted = Flatten(got.Officials);

        var match = QuoteMatcher.Match(predicted, goldQuotes, officials);
        outcomes.Add(Outcome("quotes", match, predicted, goldQuotes));
        var textOnly = QuoteMatcher.Match(predicted, goldQuotes, officials, requireSpeaker: false);
        outcomes.Add(Outcome("quotes.text", textOnly, predicted, goldQuotes));

        for (var p = 0; p < predicted.Count; p++)
        {
            if (match.GoldOf[p] >= 0 && goldQuotes[match.GoldOf[p]].Direct is { } direct)
            {
                outcomes.Add(FieldOutcome.Check("quotes.direct", direct == predicted[p].Direct, $"{direct}", $"{predicted[p].Direct}")
                    with { Subject = Describe(predicted[p].Speaker, predicted[p].Text) });
            }
        }
    }

    public static List<PredictedQuote> Flatten(IReadOnlyList<Official> officials) =>
        officials.SelectMany(o => o.Quotes.Select(q => new PredictedQuote(o.Name, q.Text, q.Direct))).ToList();

    private static FieldOutcome Outcome(string field, QuoteMatch match, List<PredictedQuote> predicted, IReadOnlyList<GoldQuote> gold) =>
        new(field)
        {
            Set = match.Score,
            Missing = gold.Where((_, g) => !match.GoldOf.Contains(g)).Select(q => Describe(q.Speaker, q.Text)).ToList(),
            Extra = predicted.Where((_, p) => match.GoldOf[p] < 0).Select(q => Describe(q.Speaker, q.Text)).ToList(),
        };

    private static string Describe(string speaker, string text)
    {
        var folded = TextNormalizer.Fold(text);
        return $"{speaker}: «{(folded.Length > 120 ? folded[..117] + "..." : folded)}»";
    }
}
