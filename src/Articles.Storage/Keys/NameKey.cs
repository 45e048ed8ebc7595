using System.Text;

namespace Articles.Storage.Keys;

/// <summary>
/// The key of a source or official name: NFC, whitespace runs folded to one space, trimmed, lower-cased, then
/// escaped by <see cref="KeyEscaper"/>. "Reuters", " REUTERS " and "reuters" share one key.
/// </summary>
public static class NameKey
{
    /// <summary>The folded form names are compared in; empty when the name has no visible text.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
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

        return builder.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The table key for a name, or null when the name is blank.</summary>
    public static string? For(string? name)
    {
        var normalized = Normalize(name);
        return normalized.Length == 0 ? null : KeyEscaper.Escape(normalized);
    }
}
