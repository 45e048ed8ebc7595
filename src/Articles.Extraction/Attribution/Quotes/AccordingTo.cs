using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// "За словами X, …", "По словам X, …", "According to X, …", "На думку X, …" (and the cue after the clause:
/// "…, according to X."); "за його словами" / "по его словам" point back to the last person named.
/// </summary>
internal static class AccordingTo
{
    // Each speaker and data cue takes the white space after it: the speaker starts where the match ends.
    internal static string[] SpeakerPhrases() =>
    [
        "за словами ", "по словам ", "according to ", "на думку ", "по мнению ", "на переконання ", "по убеждению ",
        "in the words of ",
    ];

    /// <summary>"За даними / по данным" name data sources, so only people and anonymous speakers count after them.</summary>
    internal static string[] DataPhrases() => ["за даними ", "по данным ", "за інформацією ", "по информации "];

    internal static string[] PossessivePhrases() =>
    [
        "за його словами", "за її словами", "по его словам", "по её словам", "по ее словам", "in his words",
        "in her words", "на його думку", "на її думку", "по его мнению", "по её мнению", "по ее мнению",
    ];

    public static void Find(SentenceView s, QuoteContext context)
    {
        var text = s.Text;
        var cues = s.Cues;
        if (cues.Count == 0)
        {
            return;
        }

        FindCue(s, context, cues, SentenceCues.Speaker, peopleOnly: false);
        FindCue(s, context, cues, SentenceCues.Data, peopleOnly: true);
        foreach (var m in cues)
        {
            if (m.Kind != SentenceCues.Possessive || s.InsideQuote(m.Index))
            {
                continue;
            }

            var female = IsFemale(text.Substring(m.Index, m.Length));
            var speaker = context.Resolver.Antecedent(s.Index, m.Index, female ? Gender.Female : Gender.Male, AnaphorKind.Pronoun);
            if (speaker is not null)
            {
                EmitAround(s, context, speaker, m.Index, m.Index + m.Length);
            }
        }
    }

    private static void FindCue(SentenceView s, QuoteContext context, IReadOnlyList<CueHit> cues, int kind, bool peopleOnly)
    {
        var text = s.Text;
        foreach (var m in cues)
        {
            if (m.Kind != kind || s.InsideQuote(m.Index))
            {
                continue;
            }

            var speakerStart = m.Index + m.Length;
            var speakerEnd = DirectSpeakerAfter.ClauseEnd(text, speakerStart);
            var speaker = context.Resolver.Resolve(s, speakerStart, speakerEnd, subjectFirst: true, genitive: true);
            if (speaker is null || (peopleOnly && !speaker.Named && !SpeakerWords.NamesAnonymousHead(speaker.Name)))
            {
                continue;
            }

            EmitAround(s, context, speaker, m.Index, speakerEnd);
        }
    }

    // "за її словами", "in her words": the pronoun is the second word of every possessive cue.
    private static bool IsFemale(string cue) =>
        cue.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [_, var pronoun, ..]
        && LowerCase.Of(pronoun) is "її" or "её" or "ее" or "her";

    /// <summary>The clause after the cue's comma, or, when the cue closes the sentence, the clause before it.</summary>
    private static void EmitAround(SentenceView s, QuoteContext context, Speaker speaker, int cueStart, int cueEnd)
    {
        var text = s.Text;
        var before = text.AsSpan(0, cueStart).TrimEnd();
        if (before.Length > 0 && before[^1] == ',' && QuoteText.WordCount(text.AsSpan(cueEnd)) <= 3)
        {
            IndirectSpeech.Emit(s, context, speaker, 0, cueStart, before.Length - 1);
            return;
        }

        if (cueEnd < text.Length && text[cueEnd] == ',')
        {
            IndirectSpeech.Emit(s, context, speaker, cueEnd + 1, cueStart);
        }
    }
}
