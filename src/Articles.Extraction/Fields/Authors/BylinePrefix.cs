using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Authors;

/// <summary>A short line opening with a byline word and then a capital: "By Jane Doe", "Автор: …", "Von …".</summary>
internal static class BylinePrefix
{
    public const int MaxLength = 160;

    // Case-insensitive for the opener only; the capital that must follow is checked apart, because under
    // IgnoreCase a \p{Lu} class would match lower-case letters too ("by the end of…" is prose).
    private static readonly Regex Opener = new(
        @"^[\s\-–—|·•]*(by|written\s+by|von|text\s*:|texte\s*:|autor(in)?\s*:|author\s*:|автор(ка|и|ы)?\s*:?|" +
        @"текст\s*:|par|redaktion\s*:|редакція\s*:|редакция\s*:|автор(ка)?\s+[-–—])\s+",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool Opens(string text)
    {
        if (text.Length is <= 3 or > MaxLength)
        {
            return false;
        }

        var match = Opener.Match(text);
        return match.Success && match.Length < text.Length && char.IsUpper(text[match.Length]);
    }
}
