namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Direct speech with the speaker after the quotation: «…», — сказав X / «…», — X сказав / "…," X said / "…," said X.
/// </summary>
internal static class DirectSpeakerAfter
{
    private const int MaxWordsBeforeVerb = 14;
    private const string LeadPunctuation = ",.!?…—–-";

    public static void Find(SentenceView s, QuoteContext context)
    {
        foreach (var q in s.Quotes)
        {
            if (!q.IsClosed || s.UsedQuotes.Contains(q.Open) || QuoteText.WordCount(q.Content(s.Text)) < 2)
            {
                continue;
            }

            var text = s.Text;
            var after = q.Close + 1;
            var content = q.Content(text).TrimEnd();
            var endsWithPunctuation = content.Length > 0 && content[^1] is ',' or '.' or '!' or '?' or '…';
            var lead = after;
            while (lead < text.Length && (char.IsWhiteSpace(text[lead]) || LeadPunctuation.Contains(text[lead], StringComparison.Ordinal)))
            {
                lead++;
            }

            var hasLead = text.AsSpan(after, lead - after).IndexOfAny(",—–-") >= 0;
            if (!endsWithPunctuation && !hasLead)
            {
                continue;
            }

            var at = s.Verbs.FindIndex(v => v.Index >= lead && !s.UsedVerbs.Contains(v.Index));
            if (at < 0)
            {
                continue;
            }

            var verb = s.Verbs[at];
            if (NextQuoteBefore(s, lead, verb.Index) || QuoteText.WordCount(text.AsSpan(lead, verb.Index - lead)) > MaxWordsBeforeVerb
                || QuoteText.HasBreak(text.AsSpan(lead, verb.Index - lead)))
            {
                continue;
            }

            var verbEnd = verb.Index + verb.Length;
            if (verb.Index == lead && !SpeakerResolver.StartsSpeaker(s, verbEnd))
            {
                continue;
            }

            var speaker = verb.Index > lead
                ? context.Resolver.Resolve(s, lead, verb.Index, subjectFirst: true)
                : context.Resolver.Resolve(s, verbEnd, ClauseEnd(text, verbEnd), subjectFirst: true);
            if (speaker is null)
            {
                continue;
            }

            s.UsedVerbs.Add(verb.Index);
            context.AddQuoted(s, speaker, q);
        }
    }

    private static bool NextQuoteBefore(SentenceView s, int from, int to) => s.Quotes.Any(o => o.Open >= from && o.Open < to);

    /// <summary>The end of the speaker phrase after a verb: the next comma, full stop or quotation.</summary>
    internal static int ClauseEnd(string text, int from)
    {
        var i = text.AsSpan(from).IndexOfAny(CharSets.SpeakerEnd);
        return i < 0 ? text.Length : from + i;
    }
}
