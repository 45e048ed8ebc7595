namespace Articles.Extraction.Attribution.People;

/// <summary>Endings typical of Slavic surnames; a second signal when no first name is known.</summary>
internal static class SurnameShape
{
    private static readonly string[] Suffixes =
    [
        "енко", "ський", "цький", "ська", "цька", "ский", "цкий", "ская", "цкая", "ович", "евич", "чук", "щук", "юк",
        "ук", "ишин", "ов", "ев", "єв", "ёв", "ова", "ева", "єва", "ін", "ина", "іна", "ян", "швілі", "дзе", "ко",
    ];

    public static bool HasSurnameSuffix(string word)
    {
        var lower = LowerCase.Of(word);
        return lower.Length >= 5 && Suffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal));
    }
}
