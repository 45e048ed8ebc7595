namespace Articles.Extraction.Fields.Language;

/// <summary>Normalises a declared language ("uk-UA", "ru_RU", "UA", "en") to its lower-case primary subtag.</summary>
internal static class LanguageCode
{
    public static string? Normalize(string? declared)
    {
        var value = declared?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var end = value.IndexOfAny(['-', '_', ',', ';', ' ']);
        var primary = (end >= 0 ? value[..end] : value).ToLowerInvariant();
        if (primary.Length is < 2 or > 3 || !primary.All(c => c is >= 'a' and <= 'z'))
        {
            return null;
        }

        // "ua" is the country; Ukrainian sites often write it for the language.
        return primary == "ua" ? "uk" : primary;
    }
}
