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
        outcomes.Add(new FieldOutcome("quotes")
        {
            Total = 1,
            Set = match.Score,
            Missing = goldQuotes.Where((_, g) => !match.GoldOf.Contains(g)).Select(q => Describe(q.Speaker, q.Text)).ToList(),
            Extra = predicted.Where((_, p) => match.GoldOf[p] < 0).Select(q => Describe(q.Speaker, q.Text)).ToList(),
        });

        var textOnly = QuoteMatcher.Match(predicted, goldQuotes, officials, requireSpeaker: false);
        outcomes.Add(new FieldOutcome("quotes.text")
        {
            Total = 1,
            Set = textOnly.Score,
            Missing = goldQuotes.Where((_, g) => !textOnly.GoldOf.Contains(g)).Select(q => Describe(q.Speaker, q.Text)).ToList(),
            Extra = predicted.Where((_, p) => textOnly.GoldOf[p] < 0).Select(q => Describe(q.Speaker, q.Text)).ToList(),
        });

        var directPairs = predicted
            .Select((q, p) => (q, gold: match.GoldOf[p] >= 0 ? goldQuotes[match.GoldOf[p]] : null))
            .Where(pair => pair.gold?.Direct is not null)
            .ToList();
        if (directPairs.Count > 0)
        {
            var wrong = directPairs.Where(pair => pair.gold!.Direct != pair.q.Direct).ToList();
            outcomes.Add(new FieldOutcome("quotes.direct")
            {
                Total = directPairs.Count,
                Correct = directPairs.Count - wrong.Count,
                Expected = string.Join("; ", wrong.Select(pair => Describe($"direct={pair.gold!.Direct}", pair.gold.Text))),
                Got = string.Join("; ", wrong.Select(pair => Describe($"direct={pair.q.Direct}", pair.q.Text))),
            });
        }
    }

    public static List<PredictedQuote> Flatten(IReadOnlyList<Official> officials) =>
        officials.SelectMany(o => o.Quotes.Select(q => new PredictedQuote(o.Name, q.Text, q.Direct))).ToList();

    private static string Describe(string speaker, string text)
    {
        var folded = TextNormalizer.Fold(text);
        return $"{speaker}: «{(folded.Length > 120 ? folded[..117] + "..." : folded)}»";
    }
}
