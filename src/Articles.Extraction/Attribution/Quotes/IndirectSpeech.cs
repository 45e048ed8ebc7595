namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Reported speech with the speaker first: X заявив, що … / X написав у Facebook, що … / X said (that) … /
/// X told Politico (that) … . A clause that starts with a quotation is a partial direct quote.
/// </summary>
internal static class IndirectSpeech
{
    private const int MaxWordsToComplementizer = 8;
    private const int MinClauseWords = 3;

    public static void Find(SentenceView s, QuoteContext context)
    {
        foreach (var verb in s.Verbs)
        {
            if (s.UsedVerbs.Contains(verb.Index))
            {
                continue;
            }

            var clause = ClauseAfter(s, verb, context.Language, out var speakerAfterEnd);
            if (clause < 0)
            {
                continue;
            }

            var verbEnd = verb.Index + verb.Length;
            var participle = s.Text.AsSpan(verb.Index, verb.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            var speaker = context.Resolver.Resolve(s, DirectSpeakerBefore.ClauseStart(s, verb.Index), verb.Index, subjectFirst: true, preferFirst: participle)
                ?? context.Resolver.Resolve(s, verbEnd, speakerAfterEnd, subjectFirst: true);
            if (speaker is null)
            {
                continue;
            }

            s.UsedVerbs.Add(verb.Index);
            Emit(s, context, speaker, clause, verb.Index);
        }
    }

    /// <summary>Adds the clause from <paramref name="clause"/> to the sentence end; a leading quotation makes it direct.</summary>
    internal static void Emit(SentenceView s, QuoteContext context, Speaker speaker, int clause, int offset, int end = -1)
    {
        var text = s.Text;
        end = end < 0 ? text.Length : end;
        while (clause < end && char.IsWhiteSpace(text[clause]))
        {
            clause++;
        }

        foreach (var q in s.Quotes)
        {
            if (q.Open == clause && !s.UsedQuotes.Contains(q.Open))
            {
                context.AddQuoted(s, speaker, q);
                return;
            }
        }

        if (QuoteText.WordCount(text.AsSpan(clause, end - clause)) < MinClauseWords)
        {
            return;
        }

        foreach (var q in s.Quotes)
        {
            if (q.Open >= clause && q.Open < end)
            {
                s.UsedQuotes.Add(q.Open);
            }
        }

        context.Add(s, speaker, text[clause..end], direct: false, offset);
    }

    /// <summary>Where the reported clause after the verb starts, or -1 when the verb introduces none.</summary>
    private static int ClauseAfter(SentenceView s, VerbHit verb, LanguageKey language, out int speakerAfterEnd)
    {
        var text = s.Text;
        var verbEnd = verb.Index + verb.Length;
        // The checks below look at the first MaxWordsToComplementizer + 1 words at most.
        var words = SpanWord.Read(text, verbEnd, Math.Min(text.Length, verbEnd + 160), MaxWordsToComplementizer + 2);
        speakerAfterEnd = verbEnd;
        for (var i = 0; i < words.Count && i <= MaxWordsToComplementizer; i++)
        {
            var between = text.AsSpan(verbEnd, words[i].Start - verbEnd);
            if (between.IndexOfAny(CharSets.Break) >= 0)
            {
                break;
            }

            if (i <= 3 && between.TrimEnd().EndsWith(':'))
            {
                speakerAfterEnd = verbEnd + between.LastIndexOf(':');
                return words[i].Start;
            }

            if (SpeakerWords.Complementizers.Contains(words[i].Text))
            {
                speakerAfterEnd = words[i].Start;
                return words[i].End;
            }
        }

        if (language is LanguageKey.En or LanguageKey.Any && words.Count > MinClauseWords)
        {
            return EnglishBareClause(text, verb, words);
        }

        return -1;
    }

    /// <summary>English drops "that": "said the talks failed", "told reporters he would stay".</summary>
    private static int EnglishBareClause(string text, VerbHit verb, List<SpanWord> words)
    {
        var verbEnd = verb.Index + verb.Length;
        var first = 0;
        var value = text.AsSpan(verb.Index, verb.Length);
        if (value.StartsWith("told", StringComparison.OrdinalIgnoreCase) || value.StartsWith("tell", StringComparison.OrdinalIgnoreCase))
        {
            first = 1; // the hearer: "told reporters", "told Politico"
        }

        if (first >= words.Count || text.AsSpan(verbEnd, words[first].Start - verbEnd).IndexOfAny(CharSets.Punctuation) >= 0)
        {
            return -1;
        }

        var w = words[first];
        if (first + 3 < words.Count && text.AsSpan(w.Start, words[first + 3].Start - w.Start).IndexOfAny(CharSets.Punctuation) >= 0)
        {
            return -1; // "said Robert Shapiro, a professor …": the speaker, not a clause
        }

        if ((SpeakerWords.ClauseStarters.Contains(w.Text) && !string.Equals(w.Text, "that", StringComparison.OrdinalIgnoreCase))
            || (w.Text.EndsWith("ing", StringComparison.Ordinal) && w.Text.Length > 5 && char.IsLower(w.Text[0])))
        {
            return w.Start; // "said he would …", "said getting Assad to leave …"
        }

        // A capitalised subject followed by its verb: "said Clinton's plan would …", "said Assad is …".
        return w.IsCapitalised && words.Count > first + 3 && !SpeakerWords.Prepositions.Contains(w.Text) ? w.Start : -1;
    }
}
