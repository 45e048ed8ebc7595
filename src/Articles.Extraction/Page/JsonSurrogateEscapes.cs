using System.Globalization;
using System.Text;

namespace Articles.Extraction.Page;

/// <summary>
/// Replaces escaped lone surrogates ("\ud83d" without its low half, as a truncated emoji leaves them) with
/// "\ufffd". System.Text.Json parses such text but throws when the string is read, far from the parse.
/// </summary>
internal static class JsonSurrogateEscapes
{
    private const string Replacement = "\\ufffd";

    public static string Repair(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Contains("\\u", StringComparison.Ordinal))
        {
            return json;
        }

        StringBuilder? repaired = null;
        var copiedUpTo = 0;
        var i = 0;
        while (i < json.Length)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                i++;
                continue;
            }

            if (json[i + 1] != 'u' || CodeUnitAt(json, i) is not { } unit)
            {
                // Any other escape, "\\" included: skip both characters so an escaped backslash isn't read twice.
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && CodeUnitAt(json, i + 6) is { } next && char.IsLowSurrogate(next))
            {
                i += 12;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                repaired ??= new StringBuilder(json.Length);
                repaired.Append(json, copiedUpTo, i - copiedUpTo).Append(Replacement);
                copiedUpTo = i + 6;
            }

            i += 6;
        }

        return repaired is null ? json : repaired.Append(json, copiedUpTo, json.Length - copiedUpTo).ToString();
    }

    /// <summary>The code unit of a "\uXXXX" escape starting at <paramref name="start"/>, if one does.</summary>
    private static char? CodeUnitAt(string json, int start)
    {
        if (start + 6 > json.Length || json[start] != '\\' || json[start + 1] != 'u')
        {
            return null;
        }

        return ushort.TryParse(json.AsSpan(start + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture,
            out var value)
            ? (char)value
            : null;
    }
}
