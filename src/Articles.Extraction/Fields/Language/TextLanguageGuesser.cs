namespace Articles.Extraction.Fields.Language;

/// <summary>
/// Tells the language of a text cheaply: Cyrillic Ukrainian vs Russian by their own letters (і ї є ґ vs ы э ъ ё),
/// Latin-script languages by their commonest short words.
/// </summary>
internal static class TextLanguageGuesser
{
    private static readonly Dictionary<string, string> StopWords = BuildStopWords();

    public static string? Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int cyrillic = 0, latin = 0, ukrainian = 0, russian = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                switch (char.ToLowerInvariant(c))
                {
                    case 'і' or 'ї' or 'є' or 'ґ':
                        ukrainian++;
                        break;
                    case 'ы' or 'э' or 'ъ' or 'ё':
                        russian++;
                        break;
                }
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u024F'))
            {
                latin++;
            }
        }

        if (cyrillic < 20 && latin < 20)
        {
            return null;
        }

        if (cyrillic >= latin)
        {
            return ukrainian >= russian ? (ukrainian == 0 ? "ru" : "uk") : "ru";
        }

        return LatinLanguage(text);
    }

    private static string LatinLanguage(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.Split([' ', '\n', '\r', '\t', ',', '.', '!', '?', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length <= 5 && StopWords.TryGetValue(word.ToLowerInvariant(), out var language))
            {
                counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }

        return counts.Count == 0 ? "en" : counts.MaxBy(kv => kv.Value).Key;
    }

    private static Dictionary<string, string> BuildStopWords()
    {
        // Frequent words that belong to one language only (shared ones like "in", "de", "a" are left out).
        var lists = new Dictionary<string, string>
        {
            ["en"] = "the and of to is that for with was on are this by from have has be it at which were",
            ["de"] = "der die das und ist nicht ein eine mit auf für den dem sich von auch zu wird sind",
            ["fr"] = "le la les et des est une pour dans qui que sur pas au du avec sont ce",
            ["es"] = "el los las y del que es por con para una su al lo como más",
            ["it"] = "il della che di è per gli una sono delle nel alla non anche",
            ["pl"] = "się nie jest na że do to przez jak od są oraz",
        };
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, list) in lists)
        {
            foreach (var word in list.Split(' '))
            {
                words.TryAdd(word, language);
            }
        }

        return words;
    }
}
