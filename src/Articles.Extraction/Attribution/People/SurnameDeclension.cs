namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Rebuilds the nominative of a uk/ru surname. With a known oblique first name the case is known to be oblique and
/// the gender is known; without one only unambiguous endings (adjectival, -ов/-ин instrumental, -енко) are undone.
/// </summary>
internal static class SurnameDeclension
{
    private static readonly (string Oblique, string Nominative)[] MaleAdjectival =
    [
        ("ського", "ський"), ("ському", "ський"), ("ським", "ський"), ("ськім", "ський"),
        ("цького", "цький"), ("цькому", "цький"), ("цьким", "цький"), ("цькім", "цький"),
        ("зького", "зький"), ("зькому", "зький"), ("зьким", "зький"),
        ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
        ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
    ];

    private static readonly (string Oblique, string Nominative)[] FemaleAdjectival =
    [
        ("ської", "ська"), ("ській", "ська"), ("ську", "ська"), ("ською", "ська"),
        ("цької", "цька"), ("цькій", "цька"), ("цьку", "цька"), ("цькою", "цька"),
        ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
    ];

    private static readonly string[] PossessiveSuffixes = ["ов", "ев", "єв", "ёв", "ін", "ин", "їн", "ын"];

    private const string Consonants = "бвгґджзйклмнпрстфхцчшщ";

    public static string ToNominative(string surname, Gender gender, bool knownOblique)
    {
        if (surname.Length < 3 || !IsCyrillic(surname))
        {
            return surname;
        }
        var lower = LowerCase.Of(surname);
        if (gender != Gender.Female && Replace(surname, lower, MaleAdjectival) is { } male)
        {
            return male;
        }
        if (gender != Gender.Male && Replace(surname, lower, FemaleAdjectival) is { } female)
        {
            return female;
        }
        if (EndsWithAny(lower, "енка", "енку", "енком", "енкові"))
        {
            return surname[..(lower.LastIndexOf("енк", StringComparison.Ordinal) + 3)] + "о";
        }
        if (gender != Gender.Female && PossessiveStem(lower, ["им", "ым"]) is { } instrumental)
        {
            return surname[..instrumental];
        }
        if (!knownOblique)
        {
            return surname;
        }
        return gender == Gender.Female ? FemaleNoun(surname, lower) : MaleNoun(surname, lower);
    }

    /// <summary>
    /// After an indeclinable first name ("Джо Байдена"): undo only endings that a consonant-final male surname takes
    /// (-а, -у, -ом, -ові, -ем); a male surname in -а ("Клаара") then loses its vowel, which is the rarer error.
    /// </summary>
    public static string FromUnknownCase(string surname, Gender gender)
    {
        var general = ToNominative(surname, gender, knownOblique: false);
        if (!string.Equals(general, surname, StringComparison.Ordinal) || gender == Gender.Female || !IsCyrillic(surname))
        {
            return general;
        }
        var lower = LowerCase.Of(surname);
        foreach (var ending in (ReadOnlySpan<string>)["ові", "ом", "ем", "у", "а"])
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length - ending.Length >= 4 && IsConsonant(lower[^(ending.Length + 1)]))
            {
                return surname[..^ending.Length];
            }
        }
        return surname;
    }

    private static string MaleNoun(string surname, string lower)
    {
        if (PossessiveStem(lower, ["а", "у", "ові", "ом", "е", "ым", "им"]) is { } stem)
        {
            return surname[..stem];
        }
        if (EndsWithAny(lower, "шка", "чка", "йка"))
        {
            return surname[..^1] + "о";
        }
        // "Дуди", "Дуды", "Дудою" → "Дуда": a noun in -а.
        if (lower.Length > 3 && (lower.EndsWith('и') || lower.EndsWith('ы')) && IsConsonant(lower[^2]))
        {
            return surname[..^1] + "а";
        }
        if (lower.EndsWith("ою", StringComparison.Ordinal) && IsConsonant(lower[^3]))
        {
            return surname[..^2] + "а";
        }
        foreach (var ending in (ReadOnlySpan<string>)["ові", "еві", "ом", "ем", "а", "у", "е", "я", "ю"])
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length - ending.Length >= 3
                && IsConsonant(lower[^(ending.Length + 1)]))
            {
                var nominative = surname[..^ending.Length];
                var soft = ending is "я" or "ю" or "ем" or "еві" && nominative.EndsWith('л');
                return soft ? nominative + "ь" : nominative;
            }
        }
        return surname;
    }

    private static string FemaleNoun(string surname, string lower)
    {
        foreach (var (oblique, nominative) in (ReadOnlySpan<(string, string)>)[("ової", "ова"), ("овій", "ова"), ("овою", "ова"), ("ову", "ова"), ("овой", "ова"),
                     ("евой", "ева"), ("евої", "ева"), ("єву", "єва"), ("ину", "ина"), ("иной", "ина"), ("іної", "іна"), ("іній", "іна"), ("іну", "іна"), ("іною", "іна"), ("ой", "а")])
        {
            if (lower.EndsWith(oblique, StringComparison.Ordinal) && lower.Length > oblique.Length + 1)
            {
                return surname[..^oblique.Length] + nominative;
            }
        }
        if (lower.Length > 3 && IsConsonant(lower[^2]))
        {
            if (lower.EndsWith("ою", StringComparison.Ordinal))
            {
                return surname[..^2] + "а";
            }
            if (lower[^1] is 'и' or 'ы' or 'у')
            {
                return surname[..^1] + "а";
            }
        }
        return surname;
    }

    /// <summary>Index where a -ов/-ев/-ін surname stem ends when <paramref name="lower"/> is that stem + an ending.</summary>
    private static int? PossessiveStem(string lower, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = lower[..^ending.Length];
            if (stem.Length >= 4 && PossessiveSuffixes.Any(s => stem.EndsWith(s, StringComparison.Ordinal)))
            {
                return stem.Length;
            }
        }
        return null;
    }

    private static string? Replace(string surname, string lower, (string Oblique, string Nominative)[] table)
    {
        foreach (var (oblique, nominative) in table)
        {
            if (lower.EndsWith(oblique, StringComparison.Ordinal) && lower.Length > oblique.Length + 1)
            {
                var head = surname[..^oblique.Length];
                return head + nominative;
            }
        }
        return null;
    }

    private static bool EndsWithAny(string lower, params string[] endings) =>
        endings.Any(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length > e.Length + 1);

    private static bool IsConsonant(char c) => Consonants.Contains(c, StringComparison.Ordinal);

    internal static bool IsCyrillic(string word) => WordShape.HasCyrillic(word);
}
