namespace Articles.Extraction.Attribution.Quotes;

/// <summary>The three languages attribution knows; anything else uses all lexicons at once.</summary>
internal enum LanguageKey
{
    Any,
    Uk,
    Ru,
    En,
}

internal static class LanguageKeys
{
    public static LanguageKey Of(string? language)
    {
        if (string.IsNullOrEmpty(language) || language.Length < 2)
        {
            return LanguageKey.Any;
        }

        return language[..2].ToLowerInvariant() switch
        {
            "uk" => LanguageKey.Uk,
            "ru" => LanguageKey.Ru,
            "en" => LanguageKey.En,
            _ => LanguageKey.Any,
        };
    }
}
