namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// "Про це повідомив X." / "Об этом заявил X." after a sentence: that previous sentence is what X said. Media
/// and institutions reporting ("Об этом сообщает ТАСС") are sources, not speakers, so only people and anonymous
/// speakers count here.
/// </summary>
internal static class AboutThisSpeech
{
    private static readonly CuePhrases Cue = new("про це", "об этом", "о том", "this was");

    public static void Find(SentenceView s, QuoteContext context)
    {
        if (s.Index == 0 || s.Verbs.Count == 0)
        {
            return;
        }

        var cue = Cue.MatchAt(s.Text, 0);
        var verb = s.Verbs[0];
        if (cue is not { } opening || s.UsedVerbs.Contains(verb.Index) || verb.Index < opening.Length)
        {
            return;
        }

        var verbEnd = verb.Index + verb.Length;
        var speaker = context.Resolver.Resolve(s, opening.Length, verb.Index, subjectFirst: true)
            ?? context.Resolver.Resolve(s, verbEnd, s.Text.Length, subjectFirst: true);
        if (speaker is null || !(speaker.Named || SpeakerWords.NamesAnonymousHead(speaker.Name)))
        {
            return;
        }

        var previous = context.Sentences[s.Index - 1];
        if (previous.Sentence.Paragraph < s.Sentence.Paragraph - 1 || context.Found.Any(q => q.Sentence == previous.Index))
        {
            return;
        }

        s.UsedVerbs.Add(verb.Index);
        var whole = previous.Quotes.Count == 1 && previous.Quotes[0].Open <= 1 && previous.Quotes[0].Close >= previous.Text.Length - 2;
        if (whole)
        {
            context.AddQuoted(previous, speaker, previous.Quotes[0]);
            return;
        }

        context.Add(previous, speaker, previous.Text, direct: false, 0);
    }
}
