namespace Articles.Extraction.Attribution.People;

/// <summary>
/// The genitive of a one-word uk/ru country name, so "український президент" can be cited as "президент України":
/// "Україна" → "України", "Польща" → "Польщі", "Франція" → "Франції", "Іран" → "Ірану"; "Франция" → "Франции",
/// "Иран" → "Ирана". Abbreviations ("США") do not decline; multi-word names are left alone (null).
/// </summary>
internal static class CountryGenitive
{
    public static string? Of(string country, string language)
    {
        if (country.Length < 3 || country.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        if (country.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return country;
        }
        var last = country[^1];
        var stem = country[..^1];
        var beforeLast = country[^2];
        return language switch
        {
            "uk" => last switch
            {
                'я' when beforeLast is 'і' => stem + "ї",
                'я' => stem + "і",
                'а' when beforeLast is 'щ' or 'ж' or 'ч' or 'ш' => stem + "і",
                'а' => stem + "и",
                'ь' => stem + "і",
                'й' => stem + "ю",
                _ when IsConsonant(last) => country + "у",
                _ => null,
            },
            "ru" => last switch
            {
                'я' when beforeLast is 'и' => stem + "и",
                'я' => stem + "и",
                'а' when beforeLast is 'к' or 'г' or 'х' or 'ж' or 'ш' or 'щ' or 'ч' => stem + "и",
                'а' => stem + "ы",
                'ь' => stem + "и",
                'й' => stem + "я",
                _ when IsConsonant(last) => country + "а",
                _ => null,
            },
            _ => null,
        };
    }

    private static bool IsConsonant(char c) => "бвгґджзклмнпрстфхцчшщ".Contains(c, StringComparison.Ordinal);
}
