namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// A fallback guess of uk/ru/en from the letters of the body, for pages whose language no rule could tell:
/// Latin text is English, Cyrillic with і/ї/є/ґ is Ukrainian, Cyrillic with ы/э/ъ/ё is Russian.
/// </summary>
internal static class ScriptLanguage
{
    public static string? Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int latin = 0, cyrillic = 0, ukrainian = 0, russian = 0;
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
            else if (c is >= 'Ѐ' and <= 'ӿ')
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
        }

        if (latin + cyrillic == 0)
        {
            return null;
        }

        if (latin > cyrillic)
        {
            return "en";
        }

        return ukrainian >= russian ? "uk" : "ru";
    }
}
