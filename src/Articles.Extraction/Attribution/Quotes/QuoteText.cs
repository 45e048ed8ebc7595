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

    /// <summary>
    /// True when the span holds ! ? ; : or a full stop that ends a sentence (one not followed by a comma or a
    /// lower-case word, as in "IG Ltd., said").
    /// </summary>
    public static bool HasBreak(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            switch (span[i])
            {
                case '!' or '?' or ';' or ':':
                    return true;
                case '.':
                    var next = i + 1 < span.Length ? span[i + 1] : ' ';
                    var after = i + 2 < span.Length ? span[i + 2] : 'a';
                    if (next != ',' && !char.IsLetter(next) && !(next == ' ' && char.IsLower(after)))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
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
