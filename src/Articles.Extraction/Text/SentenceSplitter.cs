using Articles.Extraction.Body;

namespace Articles.Extraction.Text;

/// <summary>
/// Splits body paragraphs into sentences. Abbreviations, initials and decimals do not end a sentence; neither does a
/// full stop inside a closed quotation (a quoted passage of several sentences stays with its attribution).
/// </summary>
public static class SentenceSplitter
{
    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…");

    public static IReadOnlyList<Sentence> Split(ArticleBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sentences = new List<Sentence>();
        for (var p = 0; p < body.Paragraphs.Count; p++)
        {
            SplitParagraph(body.Paragraphs[p].Text, p, sentences);
        }

        return sentences;
    }

    /// <summary>Splits one text; offsets are into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Sentence> Split(string text, int paragraph = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        SplitParagraph(text, paragraph, sentences);
        return sentences;
    }

    private static void SplitParagraph(string text, int paragraph, List<Sentence> into)
    {
        var quotes = QuotePairer.Outer(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(Terminators);
            if (next < 0)
            {
                break;
            }

            i += next;

            // Take the whole run of terminators and closing marks: "?!", "...", ".»".
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '…' || IsClosingMarkAt(text, end, quotes)))
            {
                end++;
            }

            if (IsBoundary(text, i, end, quotes))
            {
                Add(text, start, end, paragraph, into);
                start = end;
            }

            i = end - 1;
        }

        Add(text, start, text.Length, paragraph, into);
    }

    private static bool IsBoundary(string text, int terminator, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next == text.Length)
        {
            return true;
        }

        if (next == end)
        {
            return false; // 3.5, U.S.-led, "word."word
        }

        foreach (var q in quotes)
        {
            if (q.IsClosed && q.Contains(terminator, text.Length) && q.Close >= end)
            {
                return false; // inside a quotation that closes later
            }
        }

        var first = text[next];
        var capitalFollows = char.IsUpper(first) || char.IsDigit(first) || first is '«' or '„' or '“' or '"' or '—' or '–' or '-' or '(' or '‹';
        if (!capitalFollows)
        {
            return false;
        }

        return text[terminator] != '.' || !Abbreviations.EndsWithAbbreviation(text, terminator, capitalFollows: char.IsUpper(first));
    }

    private static bool IsClosingMarkAt(string text, int i, IReadOnlyList<QuoteSpan> quotes)
    {
        if (!QuoteMarks.IsQuoteChar(text[i]) && text[i] != ')')
        {
            return false;
        }

        if (text[i] == ')')
        {
            return true;
        }

        foreach (var q in quotes)
        {
            if (q.Close == i)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Sentence(text[start..end], paragraph, start));
        }
    }
}
