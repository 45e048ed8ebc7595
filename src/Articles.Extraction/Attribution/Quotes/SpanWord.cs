using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>A word of a sentence with its offset.</summary>
internal readonly record struct SpanWord(string Text, int Start)
{
    private static readonly Regex WordPattern = new(@"[\p{L}\p{Mn}\d][\p{L}\p{Mn}\d'’\.\-]*", RegexOptions.NonBacktracking);

    public int End => Start + Text.Length;

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>The words of text[from..to), trailing full stops cut unless the word is dotted (U.S.).</summary>
    public static List<SpanWord> Read(string text, int from, int to)
    {
        var words = new List<SpanWord>();
        if (to <= from)
        {
            return words;
        }

        foreach (Match m in WordPattern.Matches(text[from..to]))
        {
            var value = m.Value;
            if (value.EndsWith('.') && value.IndexOf('.', StringComparison.Ordinal) == value.Length - 1)
            {
                value = value[..^1];
            }

            words.Add(new SpanWord(value.TrimEnd('-'), from + m.Index));
        }

        return words;
    }
}
