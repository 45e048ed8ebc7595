using System.Net;
using System.Text;

namespace Articles.Extraction.Page;

/// <summary>
/// Normalises a value read from a page: entities decoded, whitespace folded, zero-width characters dropped (soft
/// hyphens stay: they are part of the text as written), trimmed; blank → null.
/// </summary>
public static class CleanText
{
    public static string? Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Values from JSON-LD and double-escaped meta tags still carry entities ("&amp;#8217;").
        var decoded = text;
        for (var pass = 0; pass < 2 && decoded.Contains('&', StringComparison.Ordinal); pass++)
        {
            decoded = WebUtility.HtmlDecode(decoded);
        }

        var output = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(c);
        }

        return output.Length == 0 ? null : output.ToString();
    }
}
