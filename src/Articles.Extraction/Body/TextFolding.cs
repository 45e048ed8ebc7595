using System.Buffers;
using System.Text;

namespace Articles.Extraction.Body;

/// <summary>Whitespace folding shared by the body and author rules: runs of any whitespace become one space.</summary>
internal static class TextFolding
{
    /// <summary>Every char <see cref="IsSpace"/> accepts, for vectorised searching (built once from IsSpace itself).</summary>
    private static readonly SearchValues<char> Spaces =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsSpace)]);

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var span = text.AsSpan();
        if (!span.ContainsAny(Spaces))
        {
            return text;
        }

        var buffer = new StringBuilder(text.Length);
        var spaceBefore = false;
        while (!span.IsEmpty)
        {
            var space = span.IndexOfAny(Spaces);
            var run = space < 0 ? span.Length : space;
            if (run > 0)
            {
                if (spaceBefore && buffer.Length > 0)
                {
                    buffer.Append(' ');
                }

                buffer.Append(span[..run]);
            }

            if (space < 0 || SkipSpaces(ref span, space))
            {
                break;
            }

            spaceBefore = true;
        }

        return buffer.ToString();
    }

    /// <summary>The length <see cref="Fold"/> would return, without building the string.</summary>
    public static int FoldedLength(string? text)
    {
        var span = text.AsSpan();
        var length = 0;
        var spaceBefore = false;
        while (!span.IsEmpty)
        {
            var space = span.IndexOfAny(Spaces);
            var run = space < 0 ? span.Length : space;
            if (run > 0)
            {
                length += run + (spaceBefore && length > 0 ? 1 : 0);
            }

            if (space < 0 || SkipSpaces(ref span, space))
            {
                break;
            }

            spaceBefore = true;
        }

        return length;
    }

    /// <summary>True when <paramref name="text"/> holds anything but whitespace.</summary>
    public static bool HasText(ReadOnlySpan<char> text) => text.ContainsAnyExcept(Spaces);

    /// <summary>Appends <paramref name="value"/> folded; <paramref name="pendingSpace"/> carries a whitespace run
    /// across calls (it becomes one space before the next visible character, never at the start).</summary>
    public static void AppendFolded(StringBuilder builder, ReadOnlySpan<char> value, ref bool pendingSpace)
    {
        ArgumentNullException.ThrowIfNull(builder);
        while (!value.IsEmpty)
        {
            var space = value.IndexOfAny(Spaces);
            var run = space < 0 ? value.Length : space;
            if (run > 0)
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(value[..run]);
            }

            if (space < 0)
            {
                return;
            }

            pendingSpace = builder.Length > 0;
            if (SkipSpaces(ref value, space))
            {
                return;
            }
        }
    }

    /// <summary>Whitespace including no-break and zero-width spaces, which pages use as layout glue.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\uFEFF' or '\u00A0';

    /// <summary>Moves past the whitespace run starting at <paramref name="start"/>; true when nothing follows it.</summary>
    private static bool SkipSpaces(ref ReadOnlySpan<char> span, int start)
    {
        var after = span[start..].IndexOfAnyExcept(Spaces);
        if (after < 0)
        {
            return true;
        }

        span = span[(start + after)..];
        return false;
    }
}
