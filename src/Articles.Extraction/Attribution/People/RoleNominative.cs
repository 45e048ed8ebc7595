namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Puts the head of a uk/ru role phrase back in the nominative, as gold-style roles cite it: "колишнього президента
/// США" → "колишній президент США", "советником премьера" → "советник премьера". Only the words up to the first
/// title change; the genitive complements after it are already what a writer would cite.
/// </summary>
internal static class RoleNominative
{
    private static readonly Dictionary<string, string> IrregularTitles = new(StringComparer.Ordinal)
    {
        ["голови"] = "голова", ["голові"] = "голова", ["головою"] = "голова", ["голову"] = "голова",
        ["глави"] = "глава", ["главі"] = "глава", ["главою"] = "глава", ["главу"] = "глава", ["главы"] = "глава",
        ["главе"] = "глава", ["главой"] = "глава", ["посла"] = "посол", ["послом"] = "посол", ["послу"] = "посол",
        ["послові"] = "посол", ["после"] = "посол", ["мера"] = "мер", ["меру"] = "мер", ["мером"] = "мер",
        ["короля"] = "король", ["королю"] = "король", ["королеви"] = "королева", ["королевы"] = "королева",
        ["судді"] = "суддя", ["судьи"] = "судья",
    };

    private static readonly string[] NounEndings = ["ові", "еві", "ом", "ем", "ею", "ою", "ой", "ей", "а", "у", "і", "е", "ю", "я", "и", "ы"];

    public static string Apply(string role, string language)
    {
        if (language == "en" || role.Length == 0)
        {
            return role;
        }
        if (role.Contains(", ", StringComparison.Ordinal))
        {
            // Two offices joined by a comma: each has its own head.
            return string.Join(", ", role.Split(", ").Select(part => Apply(part, language)));
        }
        var words = role.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (TitleLexicon.IsTitle(words[i], language))
            {
                var female = IsFemaleTitle(words[i]);
                words[i] = Title(words[i], language);
                for (var k = 0; k < i; k++)
                {
                    words[k] = Adjective(words[k], female, language);
                }
                break;
            }
        }
        return string.Join(' ', words);
    }

    private static bool IsFemaleTitle(string word)
    {
        var lower = PeopleLexicon.Fold(word);
        // "депутатка", "президентки", "канцлерку": a masculine title + -к- + an ending.
        foreach (var ending in (ReadOnlySpan<string>)["ка", "ки", "ці", "ку", "кою", "кой", "ке", "кы"])
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length > ending.Length + 3
                && TitleLexicon.IsTitle(lower[..^ending.Length], "uk") | TitleLexicon.IsTitle(lower[..^ending.Length], "ru"))
            {
                return true;
            }
        }
        return lower.Contains("ниц", StringComparison.Ordinal) || lower.EndsWith("ці", StringComparison.Ordinal) || lower.Contains("ерк", StringComparison.Ordinal) || lower.Contains("єрк", StringComparison.Ordinal)
            || lower.Contains("ентк", StringComparison.Ordinal) || lower.Contains("істк", StringComparison.Ordinal)
            || lower.StartsWith("міністерк", StringComparison.Ordinal);
    }

    private static string Title(string word, string language)
    {
        var dash = word.LastIndexOf('-');
        if (dash > 0)
        {
            return word[..(dash + 1)] + Title(word[(dash + 1)..], language);
        }
        var lower = LowerCase.Of(word);
        if (IrregularTitles.TryGetValue(lower, out var irregular))
        {
            return MatchCase(word, irregular);
        }
        // Ukrainian dative "прем'єрці" (к → ц before -і).
        if (lower.EndsWith("ці", StringComparison.Ordinal) && TitleLexicon.IsTitle(word[..^2] + "ка", language)
            && !lower.EndsWith("иці", StringComparison.Ordinal))
        {
            return word[..^2] + "ка";
        }
        if (TitleLexicon.IsTitle(word, language) && IsFemaleTitle(word))
        {
            // "речниці" → "речниця" (uk), "представительницы" → "представительница" (ru).
            var nominativeEnding = lower.Contains("иц", StringComparison.Ordinal) && language == "uk" ? "я" : "а";
            foreach (var ending in (ReadOnlySpan<string>)["ою", "ею", "ой", "ей", "и", "і", "у", "е", "ы"])
            {
                if (lower.EndsWith(ending, StringComparison.Ordinal))
                {
                    return word[..^ending.Length] + nominativeEnding;
                }
            }
            return word;
        }
        // "-тель" nouns (ru): заместителя → заместитель.
        if (lower.Contains("тел", StringComparison.Ordinal) && !lower.EndsWith('ь'))
        {
            var at = lower.LastIndexOf("тел", StringComparison.Ordinal) + 3;
            return lower.Length - at <= 3 ? word[..at] + "ь" : word;
        }
        foreach (var ending in NounEndings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length - ending.Length >= 3)
            {
                var stem = word[..^ending.Length];
                // Keep the ending when the stem alone is not a title (a nominative already).
                return TitleLexicon.IsTitle(stem, language) && IsConsonant(stem[^1]) ? stem : word;
            }
        }
        return word;
    }

    private static string Adjective(string word, bool female, string language)
    {
        var lower = LowerCase.Of(word);
        if (char.IsDigit(lower[0]) && lower.Contains('-', StringComparison.Ordinal))
        {
            return word[..(word.IndexOf('-', StringComparison.Ordinal) + 1)] + (female ? "а" : "й");
        }
        if (female)
        {
            foreach (var (oblique, nominative) in (ReadOnlySpan<(string, string)>)[("ьої", "я"), ("ої", "а"), ("ій", "а"), ("ою", "а"), ("у", "а"), ("ую", "ая"), ("ей", "яя")])
            {
                if (lower.EndsWith(oblique, StringComparison.Ordinal) && lower.Length > oblique.Length + 2)
                {
                    return word[..^oblique.Length] + nominative;
                }
            }
            return word;
        }
        foreach (var oblique in (ReadOnlySpan<string>)["ього", "ьому", "ього", "его", "ему"])
        {
            if (lower.EndsWith(oblique, StringComparison.Ordinal) && lower.Length > oblique.Length + 2)
            {
                return word[..^oblique.Length] + (language == "ru" && oblique[0] != 'ь' ? "ий" : "ій");
            }
        }
        foreach (var oblique in (ReadOnlySpan<string>)["ого", "ому", "им", "ым", "ім"])
        {
            if (lower.EndsWith(oblique, StringComparison.Ordinal) && lower.Length > oblique.Length + 2)
            {
                var stem = word[..^oblique.Length];
                var soft = language == "ru" && "кгхжшчщ".Contains(LowerCase.Of(stem[^1]), StringComparison.Ordinal);
                return stem + (language == "ru" && !soft ? "ый" : "ий");
            }
        }
        return word;
    }

    private static bool IsConsonant(char c) => "бвгґджзйклмнпрстфхцчшщbcdfghjklmnpqrstvwxz".Contains(LowerCase.Of(c), StringComparison.Ordinal);

    private static string MatchCase(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
}
