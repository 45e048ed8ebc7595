using System.Globalization;
using Articles.Extraction.Body;

namespace Articles.Extraction.Attribution;

/// <summary>
/// Bounds the text attribution reads. Its cost grows faster than the text (names are compared across sentences), and
/// the longest real articles hold well under <see cref="MaxChars"/> characters; past that, only the first paragraphs
/// are read and the cut is noted.
/// </summary>
internal static class AttributionInput
{
    public const int MaxChars = 200_000;

    public static ArticleBody Bound(ArticleBody body, List<string> limits)
    {
        var total = 0;
        for (var i = 0; i < body.Paragraphs.Count; i++)
        {
            total += body.Paragraphs[i].Text.Length;
            if (total > MaxChars)
            {
                limits.Add(string.Create(CultureInfo.InvariantCulture, $"attribution read the first {i} of {body.Paragraphs.Count} paragraphs ({MaxChars} characters at most)"));
                return new ArticleBody(body.Paragraphs.Take(i).ToList());
            }
        }

        return body;
    }
}
