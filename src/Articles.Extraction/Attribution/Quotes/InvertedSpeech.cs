namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Reported speech with the speaker last: "…, — заявив X." / "…, X said." / "…, said X." The clause before the comma
/// is what was said.
/// </summary>
internal static class InvertedSpeech
{
    private const int MaxSpeakerWords = 8;
    private const int MaxTailWords = 8;
    private const int MinClauseWords = 4;

    private static readonly HashSet<string> TopicWords = new(StringComparer.OrdinalIgnoreCase) { "про", "о", "об", "about", "that" };

    public static void Find(SentenceView s, QuoteContext context)
    {
        var text = s.Text;
        foreach (var verb in s.Verbs)
        {
            if (s.UsedVerbs.Contains(verb.Index))
            {
                continue;
            }

            var start = DirectSpeakerBefore.ClauseStart(s, verb.Index);
            var comma = text.LastIndexOf(',', verb.Index, verb.Index - start);
            if (comma <= start || QuoteText.WordCount(text.AsSpan(comma, verb.Index - comma)) > MaxSpeakerWords
                || text.AsSpan(comma + 1, verb.Index - comma - 1).IndexOfAny(CharSets.BreakOrColon) >= 0)
            {
                continue;
            }

            var verbEnd = verb.Index + verb.Length;
            var tail = text.AsSpan(verbEnd);
            var tailWords = SpanWord.Read(text, verbEnd, text.Length);
            if (tailWords.Count > 0 && TopicWords.Contains(tailWords[0].Text))
            {
                continue; // "заявив про припинення вогню": what was announced, not who
            }

            if (tailWords.Count > MaxTailWords || tailWords.Any(w => SpeakerWords.Complementizers.Contains(w.Text))
                || tail.IndexOfAny(CharSets.OpeningMarks) >= 0
                || (tailWords.Count > 0 && SpeakerWords.ClauseStarters.Contains(tailWords[0].Text) && context.Language == LanguageKey.En))
            {
                continue;
            }

            if (QuoteText.WordCount(text.AsSpan(start, comma - start)) < MinClauseWords)
            {
                continue;
            }

            var between = text.AsSpan(comma + 1, verb.Index - comma - 1);
            if (QuoteText.WordCount(between) == 0 && !SpeakerResolver.StartsSpeaker(s, verbEnd))
            {
                continue;
            }

            var speaker = QuoteText.WordCount(between) > 0
                ? context.Resolver.Resolve(s, comma + 1, verb.Index, subjectFirst: true)
                : context.Resolver.Resolve(s, verbEnd, DirectSpeakerAfter.ClauseEnd(text, verbEnd), subjectFirst: true);
            if (speaker is null)
            {
                continue;
            }

            s.UsedVerbs.Add(verb.Index);
            IndirectSpeech.Emit(s, context, speaker, start, start, comma);
        }
    }
}
