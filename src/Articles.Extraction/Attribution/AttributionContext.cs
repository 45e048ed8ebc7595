using Articles.Extraction.Body;
using Articles.Extraction.Text;

namespace Articles.Extraction.Attribution;

/// <summary>What attribution works from: the body and the page facts that steer it.</summary>
/// <param name="Body">The article's own text.</param>
/// <param name="Language">"uk", "ru", "en", … or null when unknown.</param>
/// <param name="Site">The publisher's name, never reported as a cited source.</param>
/// <param name="PageUrl">The page's own URL; links to its host are not citations.</param>
public sealed record AttributionContext(ArticleBody Body, string? Language, string? Site, Uri? PageUrl)
{
    private IReadOnlyList<Sentence>? _sentences;
    private IReadOnlyList<CueHit>?[]? _cues;
    private readonly List<string> _timedOut = [];

    // A copy made with `with` may have another body: it splits its own sentences and keeps its own notes.
    private AttributionContext(AttributionContext original)
    {
        Body = original.Body;
        Language = original.Language;
        Site = original.Site;
        PageUrl = original.PageUrl;
        _timedOut = [];
    }

    /// <summary>The body's sentences, split once for both finders.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= SentenceSplitter.Split(Body);

    /// <summary>The cues of sentence <paramref name="index"/>, found once for both finders.</summary>
    internal IReadOnlyList<CueHit> CuesOf(int index)
    {
        _cues ??= new IReadOnlyList<CueHit>?[Sentences.Count];
        return _cues[index] ??= SentenceCues.Of(Sentences[index].Text);
    }

    /// <summary>Parts of attribution that lost an answer to a pattern's match timeout, for <c>provenance["limits"]</c>.</summary>
    public IReadOnlyList<string> TimedOut
    {
        get
        {
            lock (_timedOut)
            {
                return [.. _timedOut];
            }
        }
    }

    internal void NoteTimeout(string work)
    {
        lock (_timedOut)
        {
            if (!_timedOut.Contains(work))
            {
                _timedOut.Add(work);
            }
        }
    }

    public bool Equals(AttributionContext? other) =>
        other is not null && Body == other.Body && Language == other.Language && Site == other.Site && PageUrl == other.PageUrl;

    public override int GetHashCode() => HashCode.Combine(Body, Language, Site, PageUrl);
}
