using System.Text;

namespace Articles.Cli.Eval;

/// <summary>Bag-of-words F1 between two texts: NFC, lower case, tokens are runs of letters and digits.</summary>
internal static class TokenF1
{
    public static double Score(string? predicted, string? gold)
    {
        var a = Tokens(predicted);
        var b = Tokens(gold);
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1.0 : 0.0;
        }

        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in b)
        {
            remaining[token] = remaining.GetValueOrDefault(token) + 1;
        }

        var overlap = 0;
        foreach (var token in a)
        {
            if (remaining.TryGetValue(token, out var left) && left > 0)
            {
                remaining[token] = left - 1;
                overlap++;
            }
        }

        return 2.0 * overlap / (a.Count + b.Count);
    }

    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
