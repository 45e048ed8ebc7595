using Articles.Extraction.Model;
using Articles.Extraction.Text;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>State shared by the pattern families while one article is read.</summary>
internal sealed class QuoteContext(IReadOnlyList<SentenceView> sentences, SpeakerResolver resolver, LanguageKey language)
{
    public IReadOnlyList<SentenceView> Sentences { get; } = sentences;

    public SpeakerResolver Resolver { get; } = resolver;

    public LanguageKey Language { get; } = language;

    public List<AttributedQuote> Found { get; } = [];

    /// <summary>The last attributed quote, for quotations that continue in the next sentence.</summary>
    public AttributedQuote? Last => Found.Count == 0 ? null : Found[^1];

    public void Add(SentenceView s, Speaker speaker, string text, bool direct, int offset)
    {
        var clean = QuoteText.Clean(text);
        if (!direct && clean.EndsWith('.') && !clean.EndsWith("..", StringComparison.Ordinal))
        {
            clean = clean[..^1]; // a reported clause ends where the sentence does; the stop is not part of it
        }

        if (clean.Length == 0)
        {
            return;
        }

        Found.Add(new AttributedQuote(speaker, new Quote(clean, direct, s.Text), s.Index, offset));
        Resolver.Recent = (speaker, s.Index);
        Resolver.Remember(speaker);
    }

    /// <summary>Adds the words of quotation <paramref name="q"/> as a direct quote.</summary>
    public void AddQuoted(SentenceView s, Speaker speaker, QuoteSpan q)
    {
        s.UsedQuotes.Add(q.Open);
        Add(s, speaker, q.Content(s.Text), direct: true, q.Open);
    }
}
