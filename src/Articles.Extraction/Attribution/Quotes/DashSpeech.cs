using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Dialogue dashes instead of quotation marks: a paragraph that opens with a dash is direct speech up to
/// ", — пояснила X" (which may come after several sentences). Without such a cue it continues the last speaker, as
/// does a dash sentence after the attribution in the same paragraph.
/// </summary>
internal static class DashSpeech
{
    private const int MaxWordsBeforeVerb = 8;
    private const int RecentReach = 3;

    private static readonly Regex Opening = new(@"^[—–-]\s*", RegexOptions.NonBacktracking);
    private static readonly Regex Attribution = new(@"[,.!?…]\s*[—–-]\s*", RegexOptions.NonBacktracking);

    public static void Find(SentenceView s, QuoteContext context)
    {
        var opening = Opening.Match(s.Text);
        // A dash opens speech at the start of a paragraph or right after an attribution ("…, — пояснила X. — Ещё…").
        if (!opening.Success || s.Consumed)
        {
            return;
        }

        var parts = new List<string>();
        for (var i = s.Index; i < context.Sentences.Count && context.Sentences[i].Sentence.Paragraph == s.Sentence.Paragraph; i++)
        {
            var t = context.Sentences[i];
            var from = i == s.Index ? opening.Length : 0;
            foreach (Match cue in Attribution.Matches(t.Text))
            {
                if (cue.Index < from)
                {
                    continue;
                }

                var speaker = SpeakerAfter(t, cue.Index + cue.Length, context);
                if (speaker is null)
                {
                    continue;
                }

                var end = t.Text[cue.Index] is '.' or '!' or '?' or '…' ? cue.Index + 1 : cue.Index;
                parts.Add(t.Text[from..end]);
                Emit(context, s, i, speaker, parts);
                return;
            }

            parts.Add(t.Text[from..]);
        }

        if (context.Resolver.Recent is { } recent && s.Index - recent.Sentence <= RecentReach)
        {
            Emit(context, s, s.Index + parts.Count - 1, recent.Speaker, parts);
        }
    }

    private static Speaker? SpeakerAfter(SentenceView t, int lead, QuoteContext context)
    {
        var at = t.Verbs.FindIndex(v => v.Index >= lead && !t.UsedVerbs.Contains(v.Index));
        if (at < 0)
        {
            return null;
        }

        var verb = t.Verbs[at];
        var between = t.Text.AsSpan(lead, verb.Index - lead);
        if (QuoteText.WordCount(between) > MaxWordsBeforeVerb || between.IndexOfAny(CharSets.BreakOrColon) >= 0)
        {
            return null;
        }

        var verbEnd = verb.Index + verb.Length;
        var speaker = verb.Index > lead
            ? context.Resolver.Resolve(t, lead, verb.Index, subjectFirst: true)
            : context.Resolver.Resolve(t, verbEnd, DirectSpeakerAfter.ClauseEnd(t.Text, verbEnd), subjectFirst: true);
        if (speaker is not null)
        {
            t.UsedVerbs.Add(verb.Index);
        }

        return speaker;
    }

    private static void Emit(QuoteContext context, SentenceView first, int last, Speaker speaker, List<string> parts)
    {
        for (var i = first.Index; i < last; i++)
        {
            context.Sentences[i].Consumed = true;
        }

        context.Add(first, speaker, string.Join(' ', parts), direct: true, 0);
    }
}
