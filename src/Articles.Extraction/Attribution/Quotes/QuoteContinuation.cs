namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// A sentence that is nothing but a quotation continues the speaker quoted just before it, or the speaker announced
/// with a colon at the end of the previous sentence ("Байден сказав:" ¶ «…»).
/// </summary>
internal static class QuoteContinuation
{
    private const int MaxSentencesBack = 2;

    public static void Find(SentenceView s, QuoteContext context)
    {
        foreach (var q in s.Quotes)
        {
            if (s.UsedQuotes.Contains(q.Open) || !FillsSentence(s, q) || QuoteText.WordCount(q.Content(s.Text)) < 3)
            {
                continue;
            }

            var speaker = Announced(s, context) ?? Previous(s, context);
            if (speaker is not null)
            {
                context.AddQuoted(s, speaker, q);
            }
        }
    }

    private static bool FillsSentence(SentenceView s, Text.QuoteSpan q)
    {
        var end = q.IsClosed ? q.Close + 1 : s.Text.Length;
        return QuoteText.OnlyPunctuation(s.Text, 0, q.Open, "—–-") && QuoteText.OnlyPunctuation(s.Text, end, s.Text.Length, ".!?…");
    }

    private static Speaker? Previous(SentenceView s, QuoteContext context)
    {
        var last = context.Last;
        return last is not null && s.Index - last.Sentence <= MaxSentencesBack && last.Quote.Direct ? last.Speaker : null;
    }

    /// <summary>"X сказав:" / "X said:" closing the previous sentence.</summary>
    private static Speaker? Announced(SentenceView s, QuoteContext context)
    {
        if (s.Index == 0)
        {
            return null;
        }

        var previous = context.Sentences[s.Index - 1];
        var text = previous.Text.TrimEnd();
        if (!text.EndsWith(':') || previous.Verbs.Count == 0)
        {
            return null;
        }

        var verb = previous.Verbs[^1];
        return context.Resolver.Resolve(previous, DirectSpeakerBefore.ClauseStart(previous, verb.Index), verb.Index, subjectFirst: true)
            ?? context.Resolver.Resolve(previous, verb.Index + verb.Length, text.Length - 1, subjectFirst: true);
    }
}
