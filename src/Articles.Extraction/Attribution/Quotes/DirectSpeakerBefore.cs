namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Direct speech with the speaker before the quotation: X заявив: «…» / X said, "…" / and partial quotes
/// X сказав, що «…» / X said on Sunday that "…" (direct: the words inside the marks).
/// </summary>
internal static class DirectSpeakerBefore
{
    private const int MaxGapWords = 6;

    public static void Find(SentenceView s, QuoteContext context)
    {
        foreach (var q in s.Quotes)
        {
            if (s.UsedQuotes.Contains(q.Open) || QuoteText.WordCount(q.Content(s.Text)) < 2)
            {
                continue;
            }

            var at = s.Verbs.FindLastIndex(v => v.Index + v.Length <= q.Open && !s.UsedVerbs.Contains(v.Index));
            if (at < 0)
            {
                continue;
            }

            var verb = s.Verbs[at];

            var text = s.Text;
            var verbEnd = verb.Index + verb.Length;
            var gap = text.AsSpan(verbEnd, q.Open - verbEnd);
            if (gap.IndexOfAny(CharSets.Break) >= 0 || !OpensQuote(gap))
            {
                continue;
            }

            var clauseStart = ClauseStart(s, verb.Index);
            var speaker = context.Resolver.Resolve(s, clauseStart, verb.Index, subjectFirst: true)
                ?? context.Resolver.Resolve(s, verbEnd, verbEnd + SpeakerEnd(gap), subjectFirst: true);
            if (speaker is null)
            {
                continue;
            }

            s.UsedVerbs.Add(verb.Index);
            context.AddQuoted(s, speaker, q);
        }
    }

    /// <summary>"X сказав: «", "X said, \"", "X сказав, що «", "X said on Sunday that \"".</summary>
    private static bool OpensQuote(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        if (trimmed.Length == 0 || trimmed is ":" or ",")
        {
            return true;
        }

        if (QuoteText.WordCount(trimmed) > MaxGapWords)
        {
            return false;
        }

        if (trimmed[^1] == ':')
        {
            return true;
        }

        var lastSpace = trimmed.LastIndexOfAny(" ,");
        var lastWord = trimmed[(lastSpace + 1)..].ToString();
        return SpeakerWords.Complementizers.Contains(lastWord);
    }

    /// <summary>Where a speaker written after the verb ends inside the gap (before "що"/":"/",").</summary>
    private static int SpeakerEnd(ReadOnlySpan<char> gap)
    {
        var i = gap.IndexOfAny(",:");
        return i < 0 ? gap.Length : i;
    }

    /// <summary>The start of the clause holding the verb: after the last quotation, semicolon or colon before it.</summary>
    internal static int ClauseStart(SentenceView s, int verb)
    {
        var start = 0;
        foreach (var q in s.Quotes)
        {
            if (q.IsClosed && q.Close < verb)
            {
                start = q.Close + 1;
            }
        }

        var stop = s.Text.AsSpan(start, verb - start).LastIndexOfAny(";:");
        return stop < 0 ? start : start + stop + 1;
    }
}
