using Articles.Extraction.Attribution.People;
using Articles.Extraction.Text;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>One sentence prepared once for every pattern family: its quotations, people and reporting verbs.</summary>
internal sealed class SentenceView
{
    public SentenceView(int index, Sentence sentence, IReadOnlyList<PersonMention> people, LanguageKey language, IReadOnlyList<CueHit> cues)
    {
        Index = index;
        Sentence = sentence;
        Text = sentence.Text;
        People = people;
        Cues = cues;
        Quotes = QuotePairer.Outer(Text);
        var found = ReportingVerbs.Find(Text, language);
        found.RemoveAll(v => InsideQuote(v.Index));
        Verbs = found;
    }

    public int Index { get; }

    public Sentence Sentence { get; }

    public string Text { get; }

    public IReadOnlyList<PersonMention> People { get; }

    /// <summary>The sentence's <see cref="SentenceCues"/>.</summary>
    public IReadOnlyList<CueHit> Cues { get; }

    /// <summary>Outer quotations (closed or running to the end).</summary>
    public IReadOnlyList<QuoteSpan> Quotes { get; }

    /// <summary>Reporting verbs outside quotations.</summary>
    public List<VerbHit> Verbs { get; }

    /// <summary>Verbs already used by a family, so later families skip them.</summary>
    public HashSet<int> UsedVerbs { get; } = [];

    /// <summary>True when the whole sentence was read as part of a quotation; no family looks at it again.</summary>
    public bool Consumed { get; set; }

    /// <summary>Quotations already attributed.</summary>
    public HashSet<int> UsedQuotes { get; } = [];

    public bool InsideQuote(int offset)
    {
        foreach (var q in Quotes)
        {
            if (q.Contains(offset, Text.Length))
            {
                return true;
            }
        }

        return false;
    }
}
