using Articles.Extraction.Body;

namespace Articles.Extraction.Text;

/// <summary>Splits body paragraphs into sentences. STUB: naive split; abbreviation- and quote-aware rules land here.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(ArticleBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sentences = new List<Sentence>();
        for (var p = 0; p < body.Paragraphs.Count; p++)
        {
            var text = body.Paragraphs[p].Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
                {
                    sentences.Add(new Sentence(text[start..(i + 1)].Trim(), p, start));
                    start = i + 1;
                }
            }

            if (start < text.Length && text[start..].Trim().Length > 0)
            {
                sentences.Add(new Sentence(text[start..].Trim(), p, start));
            }
        }

        return sentences;
    }
}
