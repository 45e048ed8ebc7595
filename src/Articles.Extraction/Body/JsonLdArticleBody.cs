using System.Text.Json;
using System.Text.RegularExpressions;
using Articles.Extraction.Page;

namespace Articles.Extraction.Body;

/// <summary>
/// The JSON-LD articleBody when it is real text: long enough, not markup, not a cut-off teaser ending in "…".
/// </summary>
internal static class JsonLdArticleBody
{
    private const int MinLength = 200;

    private static readonly Regex Markup = new(
        @"<\s*/?\s*(p|div|br|span|a|strong|em)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    public static string? Read(PageContext page)
    {
        if (page.JsonLd.Article is not { } article
            || !article.TryGetProperty("articleBody", out var value)
            || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length < MinLength || Markup.IsMatch(text)
            || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal))
        {
            return null;
        }

        return text;
    }

    /// <summary>The text cut into paragraphs at line breaks, each whitespace-folded.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(TextFolding.Fold)
            .Where(p => p.Length > 0)
            .ToList();
}
