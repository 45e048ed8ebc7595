namespace Articles.Extraction.Attribution.Sources;

/// <summary>Reads a short name in quotation marks («Україна 24», "Інтерфакс-Україна", “Axios”).</summary>
internal static class QuotedName
{
    private const int MaxWords = 6;

    public static bool IsOpening(char c) => c is '«' or '“' or '„' or '"' or '\u201F';

    public static bool IsClosing(char c) => c is '»' or '”' or '“' or '"';

    /// <summary>The name inside the quotes that open at <paramref name="open"/>; <c>End</c> is after the closing quote.</summary>
    public static (string Name, int Start, int End)? ReadAt(string text, int open)
    {
        if (open >= text.Length || !IsOpening(text[open]))
        {
            return null;
        }

        // «…» nest («Газета „Х“» or «ТОВ «Х»»); the other marks close at the first matching mark.
        var depth = 0;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (text[open] == '«' && c == '«')
            {
                depth++;
            }
            else if (Closes(text[open], c))
            {
                if (depth > 0)
                {
                    depth--;
                    continue;
                }

                return Accept(text[(open + 1)..i], open + 1, i + 1);
            }
        }

        return null;
    }

    /// <summary>The name inside the quotes that close just before <paramref name="end"/>.</summary>
    public static (string Name, int Start, int End)? ReadBefore(string text, int end)
    {
        var close = end - 1;
        if (close < 1 || !IsClosing(text[close]))
        {
            return null;
        }

        for (var i = close - 1; i >= 0; i--)
        {
            if (IsOpening(text[i]) && Closes(text[i], text[close]))
            {
                return Accept(text[(i + 1)..close], i + 1, close + 1);
            }
        }

        return null;
    }

    private static bool Closes(char open, char c) => open switch
    {
        '«' => c == '»',
        '„' => c is '“' or '”',
        '“' => c is '”' or '“',
        _ => c == '"' || c == '”',
    };

    private static (string Name, int Start, int End)? Accept(string inner, int start, int end)
    {
        var name = inner.Trim();
        if (name.Length == 0 || !(char.IsUpper(name[0]) || char.IsDigit(name[0]) || char.IsLetter(name[0]) && name.Any(char.IsUpper)))
        {
            return null;
        }

        if (WordTokenizer.Tokenize(name).Count > MaxWords || name.IndexOfAny(['.', '!', '?', ',', ':', ';']) is var p && p >= 0 && !IsDomainDot(name, p))
        {
            return null;
        }

        return (name, start, end);
    }

    // "Gazeta.ru" and "ZN.UA" keep their dot; a sentence inside quotes does not.
    private static bool IsDomainDot(string name, int p) =>
        name[p] == '.' && p + 1 < name.Length && char.IsLetter(name[p + 1]) && name.IndexOfAny([',', '!', '?', ':', ';']) < 0;
}
