using System.Text;

namespace Articles.Cli.Eval;

/// <summary>The text folding the corpus scoring rules ask for: Unicode NFC, whitespace runs to one space, trimmed.</summary>
internal static class TextNormalizer
{
    /// <summary>NFC + whitespace folding; case is kept (headlines are compared exactly).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary><see cref="Fold"/> plus case folding, for names, sites and other case-insensitive comparisons.</summary>
    public static string Key(string? text) => Fold(text).ToLowerInvariant();
}
