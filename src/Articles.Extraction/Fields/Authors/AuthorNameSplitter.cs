using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// Splits a cleaned byline into single names ("A and B", "A, B", "A та B", "A и B", "A und B") and drops the
/// job titles that follow a name after a comma ("Jane Doe, Senior Reporter").
/// </summary>
internal static class AuthorNameSplitter
{
    private static readonly Regex Separators = new(
        @"\s*[,;]\s*|\s*&\s*|\s+(and|und|та|і|й|и|y|e|et|en|ja|och|og)\s+|" +
        @"\s+(im\s+gespräch\s+mit|in\s+conversation\s+with|in\s+an\s+interview\s+with|interviewed\s+by|" +
        @"у\s+розмові\s+з|в\s+беседе\s+с|в\s+разговоре\s+с)\s+",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>The names in a byline; a byline that is only a desk label ("Staff Writer") stands as it is.</summary>
    public static IReadOnlyList<string> Split(string byline)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (var separator in Separators.EnumerateMatches(byline))
        {
            parts.Add(byline[start..separator.Index].Trim());
            start = separator.Index + separator.Length;
        }

        parts.Add(byline[start..].Trim());
        parts.RemoveAll(string.IsNullOrEmpty);
        var names = parts.Where(p => !JobTitles.IsTitle(p)).ToList();
        return names.Count > 0 || parts.Count != 1 || !JobTitles.IsDeskLabel(parts[0]) ? names : parts;
    }
}
