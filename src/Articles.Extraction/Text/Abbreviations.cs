namespace Articles.Extraction.Text;

/// <summary>Words that end with a full stop without ending the sentence (Ukrainian, Russian, English).</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        // English titles and common short forms.
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "supt", "approx", "dept", "est",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c",
        // Ukrainian and Russian.
        "ст", "ім", "им", "вул", "ул", "пр", "просп", "обл", "р-н", "напр", "див", "см", "проф", "акад", "доц", "канд",
        "д-р", "ген", "тел", "тис", "тыс", "млн", "млрд", "грн", "руб", "коп", "дол", "пл", "буд", "кв", "м", "с", "т",
        "д", "п", "пп", "е", "ч", "і", "н", "гр", "св", "о", "оз", "смт", "мін", "мин", "заст", "зам", "нач", "ін", "др",
    };

    /// <summary>Years ("2020 р.", "2020 г.") end a sentence when a capital follows.</summary>
    private static readonly HashSet<string> YearMarks = new(StringComparer.OrdinalIgnoreCase) { "р", "рр", "г", "гг" };

    /// <summary>True when the word that ends just before the full stop at <paramref name="dot"/> is an abbreviation.</summary>
    public static bool EndsWithAbbreviation(string text, int dot, bool capitalFollows)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] is '.' or '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        if (start == dot)
        {
            return false;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: В. Зеленський, J. Smith
        }

        var key = word.ToString();
        if (YearMarks.Contains(key))
        {
            return !capitalFollows;
        }

        // U.S., т.е., т.д.: dotted letters.
        return Known.Contains(key) || (key.Contains('.', StringComparison.Ordinal) && key.Length <= 5);
    }
}
