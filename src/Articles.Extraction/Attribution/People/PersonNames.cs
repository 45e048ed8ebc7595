namespace Articles.Extraction.Attribution.People;

/// <summary>Name normalisation: nominative reconstruction and same-person matching.</summary>
public static class PersonNames
{
    /// <summary>
    /// The nominative of a person name as a native writer would cite it: "Терезі Мей" → "Тереза Мей",
    /// "Ігоря Ховаєва" → "Ігор Ховаєв", "Зеленского" → "Зеленский"; English only loses a possessive 's.
    /// </summary>
    public static string ToNominative(string surface, string? language)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return surface.Trim();
        }
        var lang = LanguageGuess.Normalise(language, surface);
        words[^1] = StripPossessive(words[^1]);
        if (lang == "en")
        {
            return string.Join(' ', words);
        }
        var first = FirstNameLexicon.Lookup(words[0]);
        if (words.Length == 1)
        {
            // A lone word is a surname unless it is itself a known first name.
            return first is { IsNominative: false } && !LooksLikeSurname(words[0])
                ? first.Nominative
                : SurnameDeclension.ToNominative(words[0], Gender.Unknown, knownOblique: false);
        }
        var gender = first?.Gender ?? Gender.Unknown;
        var oblique = first is { IsNominative: false };
        var maybeOblique = first is not null && FirstNameLexicon.IsIndeclinable(first);
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i == 0 && first is not null)
            {
                result.Add(first.Nominative);
            }
            else if (i < words.Length - 1 && Patronymic.IsPatronymic(word))
            {
                result.Add(Patronymic.ToNominative(word));
            }
            else if (word.Length == 2 && word[1] == '.')
            {
                result.Add(word);
            }
            else
            {
                result.Add(i != words.Length - 1 ? word
                    : maybeOblique ? SurnameDeclension.FromUnknownCase(word, gender)
                    : SurnameDeclension.ToNominative(word, gender, oblique));
            }
        }
        return string.Join(' ', result);
    }

    /// <summary>True when two names can denote one person: same surname (any case form), compatible first names.</summary>
    public static bool SamePerson(string a, string b, string? language)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var wordsA = Words(a);
        var wordsB = Words(b);
        if (wordsA.Length == 0 || wordsB.Length == 0)
        {
            return false;
        }
        // "Алла Николаевна" (first name + patronymic) is the "Алла Дробинская" of the same text.
        if (wordsA.Length >= 2 && wordsB.Length >= 2 && (Patronymic.IsPatronymic(wordsA[^1]) || Patronymic.IsPatronymic(wordsB[^1])))
        {
            return FirstNamesAgree(wordsA[0], wordsB[0]) && !IsInitial(wordsA[0]) && !IsInitial(wordsB[0]);
        }
        if (SurnameKey(wordsA[^1]) != SurnameKey(wordsB[^1]))
        {
            return false;
        }
        if (wordsA.Length == 1 || wordsB.Length == 1)
        {
            return true;
        }
        return FirstNamesAgree(wordsA[0], wordsB[0]);
    }

    /// <summary>A case-insensitive stem of a surname that all its declined forms share.</summary>
    internal static string SurnameKey(string surname)
    {
        var key = PeopleLexicon.Fold(StripPossessive(surname));
        if (!SurnameDeclension.IsCyrillic(key))
        {
            return key;
        }
        foreach (var ending in KeyEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal) && key.Length - ending.Length >= 3)
            {
                key = key[..^ending.Length];
                break;
            }
        }
        var end = key.Length;
        while (end > 3 && "аеєиіїоуюяыэйь".Contains(key[end - 1], StringComparison.Ordinal))
        {
            end--;
        }
        return key[..end];
    }

    private static readonly string[] KeyEndings =
    [
        "ого", "ому", "ої", "ою", "ою", "ім", "им", "ым", "ом", "ем", "єм", "ові", "еві", "єві", "ій", "ий", "ый",
        "ой", "ей", "ая", "ую", "ей",
    ];

    private static bool FirstNamesAgree(string a, string b)
    {
        if (IsInitial(a) || IsInitial(b))
        {
            return char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]);
        }
        var na = FirstNameLexicon.Lookup(a)?.Nominative ?? a;
        var nb = FirstNameLexicon.Lookup(b)?.Nominative ?? b;
        return string.Equals(na, nb, StringComparison.OrdinalIgnoreCase)
            || SurnameKey(na) == SurnameKey(nb)
            || na.StartsWith(nb, StringComparison.OrdinalIgnoreCase)
            || nb.StartsWith(na, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsInitial(string word) => word.Length <= 2 && char.IsUpper(word[0]);

    private static string[] Words(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly string[] PossessiveSuffixes = ["'s", "’s", "s'", "s’"];

    internal static string StripPossessive(string word)
    {
        foreach (var suffix in PossessiveSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length + 1)
            {
                return suffix[0] == 's' ? word[..^1] : word[..^2];
            }
        }
        return word;
    }

    private static bool LooksLikeSurname(string word) =>
        SurnameShape.HasSurnameSuffix(word);
}
