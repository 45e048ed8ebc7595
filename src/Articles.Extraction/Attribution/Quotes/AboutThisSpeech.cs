using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// "Про це повідомив X." / "Об этом заявил X." after a sentence: that previous sentence is what X said. Media
/// and institutions reporting ("Об этом сообщает ТАСС") are sources, not speakers, so only people and anonymous
/// speakers count here.
/// </summary>
internal static class AboutThisSpeech
{
    private static readonly Regex Cue = new(
        @"^(?:про\s+це|об\s+этом|о\s+том|this\s+was)\b",
        AccordingTo.CueOptions,
        AccordingTo.CueTimeout);

    public static void Find(SentenceView s, QuoteContext context)
    {
        if (s.Index == 0 || s.Verbs.Count == 0)
        {
            return;
        }

        var cue = Cue.Match(s.Text);
        var verb = s.Verbs[0];
        if (!cue.Success || s.UsedVerbs.Contains(verb.Index) || verb.Index < cue.Length)
        {
            return;
        }

        var verbEnd = verb.Index + verb.Length;
        var speaker = context.Resolver.Resolve(s, cue.Length, verb.Index, subjectFirst: true)
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
