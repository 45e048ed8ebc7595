using System.Text.RegularExpressions;
using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// "За словами X, …", "По словам X, …", "According to X, …", "На думку X, …" (and the cue after the clause:
/// "…, according to X."); "за його словами" / "по его словам" point back to the last person named.
/// </summary>
internal static class AccordingTo
{
    // Compiled backtracking with a timeout: flat alternations run on every sentence, and NonBacktracking's lazily
    // built automaton was this family's top item in the profile.
    internal const RegexOptions CueOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    internal static readonly TimeSpan CueTimeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Female = new(@"\b(?:її|её|ее|her)\b", CueOptions, CueTimeout);

    private static readonly Regex Cue = new(
        @"\b(?:за\s+словами|по\s+словам|according\s+to|на\s+думку|по\s+мнению|на\s+переконання|по\s+убеждению|in\s+the\s+words\s+of)\s+",
        CueOptions,
        CueTimeout);

    /// <summary>"За даними / по данным": data sources; only people and anonymous speakers count as speakers.</summary>
    private static readonly Regex DataCue = new(
        @"\b(?:за\s+даними|по\s+данным|за\s+інформацією|по\s+информации)\s+",
        CueOptions,
        CueTimeout);

    private static readonly Regex PossessiveCue = new(
        @"\b(?:за\s+(?:його|її)\s+словами|по\s+(?:его|её|ее)\s+словам|in\s+(?:his|her)\s+words|(?:на\s+(?:його|її)\s+думку)|(?:по\s+(?:его|её|ее)\s+мнению))",
        CueOptions,
        CueTimeout);

    public static void Find(SentenceView s, QuoteContext context)
    {
        FindCue(s, context, Cue, peopleOnly: false);
        FindCue(s, context, DataCue, peopleOnly: true);
        var text = s.Text;

        foreach (Match m in PossessiveCue.Matches(text))
        {
            if (s.InsideQuote(m.Index))
            {
                continue;
            }

            var female = Female.IsMatch(m.Value);
            var speaker = context.Resolver.Antecedent(s.Index, m.Index, female ? Gender.Female : Gender.Male, AnaphorKind.Pronoun);
            if (speaker is not null)
            {
                EmitAround(s, context, speaker, m.Index, m.Index + m.Length);
            }
        }
    }

    private static void FindCue(SentenceView s, QuoteContext context, Regex cue, bool peopleOnly)
    {
        var text = s.Text;
        foreach (Match m in cue.Matches(text))
        {
            if (s.InsideQuote(m.Index))
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
