namespace Articles.Extraction.Attribution.People;

/// <summary>Title words that introduce a role ("президент", "речника", "Secretary"), official or not.</summary>
internal static class TitleLexicon
{
    internal enum Kind { None, Official, Other }

    private sealed record Stem(string Text, bool Prefix, Kind Kind);

    // Stems per language, grouped by their first letter.
    private static readonly Dictionary<string, Dictionary<char, List<Stem>>> ByLanguage = Load();

    private static readonly string[] HyphenPrefixes = ["екс-", "экс-", "ex-", "вице-", "віце-"];

    public static Kind KindOf(string word, string language)
    {
        if (!ByLanguage.TryGetValue(language, out var stems))
        {
            return Kind.None;
        }
        var folded = PeopleLexicon.Fold(word);
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }
        // "екс-глава", "ex-president", "віце-президента": judge by the part after a prefix hyphen.
        foreach (var prefix in HyphenPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length + 2)
            {
                var inner = KindOf(folded[prefix.Length..], language);
                if (inner != Kind.None)
                {
                    return inner;
                }
            }
        }
        // "secretary-general", "chief-of-staff": an English compound is a title when a part is.
        if (language == "en" && folded.Contains('-', StringComparison.Ordinal) && !(stems.TryGetValue(folded[0], out var exact) && exact.Any(st => st.Text == folded)))
        {
            var kinds = folded.Split('-').Select(part => KindOf(part, language)).ToList();
            return kinds.Contains(Kind.Official) ? Kind.Official : kinds.Contains(Kind.Other) ? Kind.Other : Kind.None;
        }
        var best = Kind.None;
        if (folded.Length == 0 || !stems.TryGetValue(folded[0], out var sameInitial))
        {
            return best;
        }
        foreach (var stem in sameInitial)
        {
            var hit = stem.Prefix
                ? folded.StartsWith(stem.Text, StringComparison.Ordinal) && folded.Length - stem.Text.Length <= 3
                : folded == stem.Text;
            if (hit)
            {
                if (stem.Kind == Kind.Official)
                {
                    return Kind.Official;
                }
                best = stem.Kind;
            }
        }
        return best;
    }

    public static bool IsTitle(string word, string language) => KindOf(word, language) != Kind.None;

    private static Dictionary<string, Dictionary<char, List<Stem>>> Load()
    {
        var result = new Dictionary<string, Dictionary<char, List<Stem>>>(StringComparer.Ordinal);
        foreach (var line in PeopleLexicon.ReadLines("titles.txt"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var kind = parts[1] == "official" ? Kind.Official : Kind.Other;
            if (!result.TryGetValue(parts[0], out var byInitial))
            {
                byInitial = [];
                result[parts[0]] = byInitial;
            }
            foreach (var word in parts[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = PeopleLexicon.Fold(word);
                if (!byInitial.TryGetValue(folded[0], out var stems))
                {
                    stems = [];
                    byInitial[folded[0]] = stems;
                }
                stems.Add(folded.EndsWith('*')
                    ? new Stem(folded[..^1], true, kind)
                    : new Stem(folded, false, kind));
            }
        }
        return result;
    }
}
