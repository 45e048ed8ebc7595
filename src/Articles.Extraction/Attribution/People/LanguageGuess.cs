namespace Articles.Extraction.Attribution.People;

/// <summary>uk/ru/en from the script when the caller does not know the language.</summary>
internal static class LanguageGuess
{
    public static string Of(string text)
    {
        int cyrillic = 0, latin = 0, uk = 0, ru = 0;
        foreach (var c in text)
        {
            if (c is >= 'Ѐ' and <= 'ӿ')
            {
                cyrillic++;
                if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                {
                    uk++;
                }
                else if (c is 'ы' or 'э' or 'ъ' or 'ё' or 'Ы' or 'Э' or 'Ё')
                {
                    ru++;
                }
            }
            else if (c is >= 'A' and <= 'z')
            {
                latin++;
            }
        }
        if (cyrillic <= latin)
        {
            return "en";
        }
        return uk >= ru && uk > 0 ? "uk" : (ru > 0 ? "ru" : "uk");
    }

    public static string Normalise(string? language, string text) => Known(language) ?? Of(text);

    /// <summary>"uk", "ru" or "en" for a declared language tag ("uk-UA", "EN"), else null.</summary>
    public static string? Known(string? language) => language?.ToLowerInvariant() switch
    {
        null or "" => null,
        var l when l.StartsWith("uk", StringComparison.Ordinal) => "uk",
        var l when l.StartsWith("ru", StringComparison.Ordinal) => "ru",
        var l when l.StartsWith("en", StringComparison.Ordinal) => "en",
        _ => null,
    };
}
