using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Authors;

/// <summary>A short line opening with a byline word: "By Jane Doe", "Автор: …", "Von …", "Текст: …".</summary>
internal static class BylinePrefix
{
    public const int MaxLength = 100;

    private static readonly Regex Opener = new(
        @"^(by|written\s+by|von|text\s*:|texte\s*:|autor(in)?\s*:|author\s*:|автор(ка|и|ы)?\s*:|текст\s*:|par|" +
        @"автор(ка)?\s+[-–—])\s+\p{Lu}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex OpenerAnyCase = new(
        @"^(by|автор|текст)\s*:?\s+\p{Lu}",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool Opens(string text) =>
        text.Length is > 3 and <= MaxLength && (Opener.IsMatch(text) || OpenerAnyCase.IsMatch(text));
}
