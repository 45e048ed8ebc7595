namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Common first names (uk, ru, en, foreign names in Cyrillic) with every declined form generated from the nominative,
/// so "Ігоря" → "Ігор" (male, oblique) and "Терезі" → "Тереза" (female, oblique).
/// </summary>
internal static class FirstNameLexicon
{
    internal sealed record Entry(string Nominative, Gender Gender, bool IsNominative);

    private static readonly Dictionary<string, Entry> Forms = Build();

    // Looked up by a folded copy on the stack: every capitalised word of a body is asked about.
    private static readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int LongestStackKey = 64;

    // Every form's first letters (three, or the whole of a shorter form), hashed: most capitalised words are no first
    // name and skip the dictionary.
    private static readonly HashBits Openings = HashBits.Of(Forms.Keys.Select(k => k[..Math.Min(3, k.Length)]), 8192);

    public static Entry? Lookup(string word)
    {
        var trimmed = word.AsSpan().Trim('.');
        if (trimmed.Length <= LongestStackKey)
        {
            Span<char> folded = stackalloc char[trimmed.Length];
            if (PeopleLexicon.TryFold(trimmed, folded))
            {
                return Openings.MayContain(folded[..Math.Min(3, folded.Length)]) && FormsBySpan.TryGetValue(folded, out var found) ? found : null;
            }
        }
        var key = PeopleLexicon.Fold(word.Trim('.'));
        return Forms.TryGetValue(key, out var entry) ? entry : null;
    }

    private static Dictionary<string, Entry> Build()
    {
        var nominatives = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var generated = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in PeopleLexicon.ReadLines("first-names.txt"))
        {
            var gender = line.StartsWith("f:", StringComparison.Ordinal) ? Gender.Female : Gender.Male;
            foreach (var name in line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = PeopleLexicon.Fold(name);
                nominatives.TryAdd(key, new Entry(name, gender, true));
                if (!IsCyrillic(name))
                {
                    continue;
                }
                foreach (var form in Declined(name, gender))
                {
                    var formKey = PeopleLexicon.Fold(form);
                    if (!generated.TryGetValue(formKey, out var existing) || (existing.Nominative.EndsWith('о') && !name.EndsWith('о')))
                    {
                        generated[formKey] = new Entry(name, gender, false);
                    }
                }
            }
        }
        // Forms generated from consonant-final names win over those from -о names ("Марка" is Марк, not Марко).
        foreach (var (form, entry) in generated.OrderBy(g => g.Value.Nominative.EndsWith('о') ? 1 : 0))
        {
            nominatives.TryAdd(form, entry);
        }
        return nominatives;
    }

    /// <summary>A nominative first name that does not decline (Джо, Луї, Тойво): its case says nothing.</summary>
    public static bool IsIndeclinable(Entry entry) =>
        entry.IsNominative && "оеєиіїуюэ".Contains(LowerCase.Of(entry.Nominative[^1]), StringComparison.Ordinal);

    private static bool IsCyrillic(string word) => WordShape.HasCyrillic(word);

    /// <summary>Oblique forms of uk and ru first names (both languages' endings; a wrong extra form is harmless).</summary>
    internal static IEnumerable<string> Declined(string name, Gender gender)
    {
        var last = LowerCase.Of(name[^1]);
        var stem = name[..^1];
        string[] endings;
        if (last is 'а')
        {
            endings = ["и", "і", "у", "ою", "ы", "е", "ой", "ей"];
        }
        else if (last is 'я')
        {
            endings = ["ї", "і", "ю", "єю", "ею", "и", "е", "ей", "ии"];
        }
        else if (gender == Gender.Female)
        {
            yield break;
        }
        else if (last is 'й')
        {
            endings = ["я", "ю", "єм", "ем", "ї", "е", "и", "єві", "еві"];
        }
        else if (last is 'ь')
        {
            endings = ["я", "ю", "ем", "е", "еві"];
        }
        else if (last is 'о')
        {
            endings = ["а", "у", "ом", "ові"];
        }
        else if ("аеєиіїоуюяыэ".Contains(last, StringComparison.Ordinal))
        {
            yield break;
        }
        else
        {
            stem = name;
            endings = ["а", "у", "ом", "ові", "е", "я", "ю", "ем", "еві", "і"];
        }
        foreach (var ending in endings)
        {
            yield return stem + ending;
        }
    }
}
