namespace Articles.Extraction.Attribution;

/// <summary>
/// <see cref="string.ToLowerInvariant()"/> without the ICU call for the scripts attribution reads (ASCII and the
/// basic Cyrillic block): lexicon lookups lower-case nearly every word of a body, and ICU was a top profile item.
/// Any other letter falls back to <see cref="string.ToLowerInvariant()"/>, so the result is always the same.
/// </summary>
internal static class LowerCase
{
    /// <summary>The lower-case form; the same instance when nothing changes.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsHandled(c))
            {
                return text.ToLowerInvariant();
            }

            if (first < 0 && Lower(c) != c)
            {
                first = i;
            }
        }

        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = Lower(state.text[i]);
            }
        });
    }

    /// <summary>
    /// Writes the lower-case form of <paramref name="text"/> into <paramref name="into"/> (as long as the text) and
    /// returns true; false, with nothing promised, when a character needs the runtime's tables.
    /// </summary>
    public static bool TryOf(ReadOnlySpan<char> text, Span<char> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHandled(text[i]))
            {
                return false;
            }

            into[i] = Lower(text[i]);
        }

        return true;
    }

    /// <summary>Lower-cases one character; characters outside ASCII and basic Cyrillic go through the runtime.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Of(char c) => IsHandled(c) ? Lower(c) : char.ToLowerInvariant(c);

    // ASCII, Ѐ…џ, and the Ukrainian Ґ ґ: simple one-to-one mappings that ICU gives the same way.
    private static bool IsHandled(char c) => c < 0x80 || c is (>= '\u0400' and <= '\u045F') or '\u0490' or '\u0491';

    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 0x20),
        >= '\u0410' and <= '\u042F' => (char)(c + 0x20),
        >= '\u0400' and <= '\u040F' => (char)(c + 0x50),
        '\u0490' => '\u0491',
        _ => c,
    };
}
