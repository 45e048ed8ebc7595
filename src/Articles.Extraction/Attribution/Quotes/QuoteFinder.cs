using Articles.Extraction.Attribution.People;
using Articles.Extraction.Text;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Reads every quote of an article and its speaker. The pattern families run sentence by sentence in a fixed order,
/// most specific first; each quotation and reporting verb is used by one family at most.
/// </summary>
internal static class QuoteFinder
{
    private static readonly Action<SentenceView, QuoteContext>[] Families =
    [
        DashSpeech.Find,
        DirectSpeakerAfter.Find,
        DirectSpeakerBefore.Find,
        AccordingTo.Find,
        IndirectSpeech.Find,
        InvertedSpeech.Find,
        ParentheticalSpeech.Find,
        AboutThisSpeech.Find,
        QuoteContinuation.Find,
    ];

    /// <param name="cuesOf">The cues of sentence i when already found (by the sources); found here otherwise.</param>
    public static IReadOnlyList<AttributedQuote> Find(IReadOnlyList<Sentence> sentences, PeopleIndex people, string? language, string? site,
        Func<int, IReadOnlyList<CueHit>>? cuesOf = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(people);
        var key = LanguageKeys.Of(language);
        var mentions = new List<PersonMention>[sentences.Count];
        foreach (var (at, mention) in people.Mentions)
        {
            if (at >= 0 && at < mentions.Length)
            {
                (mentions[at] ??= []).Add(mention);
            }
        }

        var views = new SentenceView[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var cues = cuesOf?.Invoke(i) ?? SentenceCues.Of(sentences[i].Text);
            views[i] = new SentenceView(i, sentences[i], (IReadOnlyList<PersonMention>?)mentions[i] ?? [], key, cues);
        }

        var context = new QuoteContext(views, new SpeakerResolver(people, key, site), key);
        foreach (var view in views)
        {
            foreach (var family in Families)
            {
                if (!view.Consumed)
                {
                    family(view, context);
                }
            }
        }

        return [.. context.Found.OrderBy(q => q.Sentence).ThenBy(q => q.Offset)];
    }
}
