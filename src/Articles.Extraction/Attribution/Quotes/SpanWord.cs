using System.Globalization;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>A word of a sentence with its offset.</summary>
internal readonly record struct SpanWord(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>The words of text[from..to), trailing full stops cut unless the word is dotted (U.S.); at most
    /// <paramref name="maxWords"/> of them.</summary>
    public static List<SpanWord> Read(string text, int from, int to, int maxWords = int.MaxValue)
    {
        var words = new List<SpanWord>();
        if (to <= from)
        {
            return words;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, text.Length);
        // A word starts with a letter, mark or digit and runs on through those and ' ’ . - (hand-scanned: this is
        // called for many spans of every sentence).
        var i = from;
        while (i < to && words.Count < maxWords)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && (IsWordChar(text[i]) || text[i] is '\'' or '’' or '.' or '-'))
            {
                i++;
            }

            var value = text[start..i];
            if (value.EndsWith('.') && value.IndexOf('.', StringComparison.Ordinal) == value.Length - 1)
            {
                value = value[..^1];
            }

            words.Add(new SpanWord(value.TrimEnd('-'), start));
        }

        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.IsDigit(c) || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
