namespace Articles.Extraction.Attribution.Sources;

/// <summary>Splits a sentence into <see cref="WordToken"/>s, keeping names like "Інтерфакс-Україна",
/// "lenta.ru", "інтерв'ю" and "1+1" whole.</summary>
internal static class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        // About one word per six characters of running text: sized once instead of grown.
        var tokens = new List<WordToken>(text.Length / 6 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            tokens.Add(new WordToken(text[start..i], start));
        }

        return tokens;
    }

    // A joiner belongs to the word only between two word characters ("lenta.ru", not "Reuters. Next").
    private static bool IsInnerJoiner(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        return text[i] switch
        {
            '-' or '\u2011' or '\'' or '\u2019' or '\u02BC' => true,
            '.' => char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]),
            '+' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
            _ => false,
        };
    }
}
