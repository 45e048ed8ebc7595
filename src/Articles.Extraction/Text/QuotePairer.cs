namespace Articles.Extraction.Text;

/// <summary>
/// Pairs quotation marks in one text: « » „ “ ” " ' ‘ ’ ‹ ›, with nesting („…“ inside «…») and straight quotes paired by
/// position. Apostrophes inside words are not quotes. A quotation still open at the end is reported with Close = -1.
/// </summary>
public static class QuotePairer
{
    public static IReadOnlyList<QuoteSpan> Pair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<QuoteSpan>? spans = null;
        Span<int> stack = stackalloc int[16];
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(QuoteMarks.All);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];

            var role = QuoteMarks.RoleAt(text, i);
            if (role == QuoteRole.None)
            {
                continue;
            }

            var closes = role != QuoteRole.Open ? FindOpener(text, stack[..depth], c) : -1;
            // A straight or curly mark that could open or close closes only the innermost matching quotation.
            if (closes >= 0 && (role == QuoteRole.Close || closes == depth - 1 || !char.IsWhiteSpace(Before(text, i))))
            {
                (spans ??= []).Add(new QuoteSpan(stack[closes], i, closes));
                depth = closes;
                continue;
            }

            if (role != QuoteRole.Close && depth < stack.Length)
            {
                stack[depth++] = i;
            }
        }

        for (var d = 0; d < depth; d++)
        {
            (spans ??= []).Add(new QuoteSpan(stack[d], -1, d));
        }

        if (spans is null)
        {
            return [];
        }

        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
        return spans;
    }

    /// <summary>Only the outermost quotations (depth 0).</summary>
    public static IReadOnlyList<QuoteSpan> Outer(string text) => [.. Pair(text).Where(s => s.Depth == 0)];

    private static char Before(string text, int i) => i > 0 ? text[i - 1] : ' ';

    private static int FindOpener(string text, ReadOnlySpan<int> stack, char close)
    {
        for (var d = stack.Length - 1; d >= 0; d--)
        {
            if (QuoteMarks.Pairs(text[stack[d]], close))
            {
                return d;
            }
        }

        return -1;
    }
}
