using System.Text;

namespace Articles.Extraction.Fields.Headline;

/// <summary>How much of one text's words another text contains (case-insensitive, letters and digits only).</summary>
internal static class WordOverlap
{
    public static double Share(string text, string other)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }

        var otherWords = Words(other);
        return words.Count(otherWords.Contains) / (double)words.Count;
    }

    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
