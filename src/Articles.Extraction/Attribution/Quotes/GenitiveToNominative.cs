namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Puts an anonymous speaker phrase read after "за словами / по словам" back in the nominative: the head noun from
/// the lexicon, adjectives by their endings ("високопоставленого дипломата" → "високопоставлений дипломат").
/// </summary>
internal static class GenitiveToNominative
{
    private static readonly (string Genitive, string Nominative)[] UkAdjective =
        [("ього", "ій"), ("ого", "ий"), ("ьої", "я"), ("ої", "а"), ("их", "і"), ("іх", "і")];

    private static readonly (string Genitive, string Nominative)[] RuAdjective =
        [("его", "ий"), ("ого", "ый"), ("ой", "ая"), ("ей", "яя"), ("ых", "ые"), ("их", "ие")];

    public static string Adjective(string word, LanguageKey language)
    {
        ArgumentNullException.ThrowIfNull(word);
        var ru = language == LanguageKey.Ru || (language == LanguageKey.Any && !LooksUkrainian(word));
        foreach (var (genitive, nominative) in ru ? RuAdjective : UkAdjective)
        {
            if (word.Length > genitive.Length + 2 && word.EndsWith(genitive, StringComparison.OrdinalIgnoreCase))
            {
                var stem = word[..^genitive.Length];
                var ending = nominative;
                if (ru && genitive == "ого" && stem[^1] is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'щ' or 'ч')
                {
                    ending = "ий";
                }

                return stem + ending;
            }
        }

        return word;
    }

    private static bool LooksUkrainian(string word) => word.AsSpan().IndexOfAny("іїєґ") >= 0;
}
