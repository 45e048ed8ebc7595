namespace Articles.Extraction.Attribution.Quotes;

/// <summary>Tidies quote and clause text: outer spaces, trailing commas and dashes.</summary>
internal static class QuoteText
{
    private static readonly char[] TrailingJunk = [' ', ',', ';', ':', '—', '–', '-', '\u00a0'];

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd(TrailingJunk).TrimStart(TrailingJunk);
        return trimmed;
    }

    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>True when text[from..to) holds only spaces and the given punctuation.</summary>
    public static bool OnlyPunctuation(string text, int from, int to, string allowed)
    {
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !allowed.Contains(text[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
