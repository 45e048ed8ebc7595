using AngleSharp.Dom;

namespace Articles.Extraction.Page;

/// <summary>Everything a field rule may look at, parsed once per page.</summary>
public sealed class PageContext
{
    private readonly Lazy<JsonLdGraph> jsonLd;
    private readonly Lazy<MetaTags> meta;
    private readonly Dictionary<string, object?> memo = new(StringComparer.Ordinal);

    public PageContext(IDocument document, ExtractionHints hints, DecodedHtml decoded, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(hints);
        Document = document;
        Budget = budget ?? new ExtractionBudget(hints.TimeBudget ?? Timeout.InfiniteTimeSpan);
        Hints = hints;
        Decoded = decoded;
        ReferenceTime = hints.ReferenceTime ?? DateTimeOffset.UtcNow;
        jsonLd = new Lazy<JsonLdGraph>(() => JsonLdGraph.Read(document));
        meta = new Lazy<MetaTags>(() => MetaTags.Read(document));
    }

    public IDocument Document { get; }

    public ExtractionHints Hints { get; }

    public DecodedHtml Decoded { get; }

    /// <summary>The page's time budget: optional rules ask it before they start.</summary>
    public ExtractionBudget Budget { get; }

    /// <summary>"Now" for relative dates and the upper bound for any date found.</summary>
    public DateTimeOffset ReferenceTime { get; }

    public JsonLdGraph JsonLd => jsonLd.Value;

    public MetaTags Meta => meta.Value;

    /// <summary>A value several rules derive from the page (the main heading, the site's names), computed once.</summary>
    public T Memo<T>(string key, Func<PageContext, T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (!memo.TryGetValue(key, out var value))
        {
            value = compute(this);
            memo[key] = value;
        }

        return (T)value!;
    }
}
