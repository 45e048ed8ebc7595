namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// A cue set off inside the sentence: "Як стверджує X, …", "как отметил X, …", "As X said, …",
/// "Проте, зізнається X, «…»". What follows the cue is what was said.
/// </summary>
internal static class ParentheticalSpeech
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "як", "как", "as" };

    private const int MaxSpeakerWords = 8;

    public static void Find(SentenceView s, QuoteContext context)
    {
        var text = s.Text;
        foreach (var verb in s.Verbs)
        {
            if (s.UsedVerbs.Contains(verb.Index) || !OpensParenthesis(text, verb.Index))
            {
                continue;
            }

            var verbEnd = verb.Index + verb.Length;
            var comma = text.IndexOf(',', verbEnd);
            if (comma < 0 || QuoteText.WordCount(text.AsSpan(verbEnd, comma - verbEnd)) > MaxSpeakerWords
                || text.AsSpan(verbEnd, comma - verbEnd).IndexOfAny(CharSets.BreakOrColon) >= 0)
            {
                continue;
            }

            var speaker = context.Resolver.Resolve(s, verbEnd, comma, subjectFirst: true);
            if (speaker is null)
            {
                continue;
            }

            s.UsedVerbs.Add(verb.Index);
            IndirectSpeech.Emit(s, context, speaker, comma + 1, verb.Index);
        }
    }

    /// <summary>True when the verb follows "як/как/as" or a comma.</summary>
    private static bool OpensParenthesis(string text, int verb)
    {
        var before = text.AsSpan(0, verb).TrimEnd();
        if (before.Length == 0)
        {
            return false;
        }

        if (before[^1] == ',')
        {
            return true;
        }

        var space = before.LastIndexOfAny(" ,");
        var word = before[(space + 1)..].ToString();
        return Openers.Contains(word) && (space < 0 || before[..space].TrimEnd().IsEmpty || before[..space].TrimEnd()[^1] is ',' or '.');
    }
}
