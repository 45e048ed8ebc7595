namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Countries, capitals used as metonyms, adjectives and organisations, each with the canonical affiliation form
/// per language ("Вашингтона" → "США", "Kremlin's" → "Russia"). Place-only entries just block name detection.
/// </summary>
internal static class AffiliationGazetteer
{
    internal sealed record Entry(string Uk, string Ru, string En, bool Weak, bool PlaceOnly)
    {
        public string For(string language) => language switch
        {
            "uk" => Uk,
            "ru" => Ru,
            _ => En,
        };
    }

    internal sealed record Hit(Entry Entry, int TokenIndex, int TokenCount);

    private sealed record Pattern(string[] Words, Entry Entry);

    // Patterns by the first two letters of their first word, each list longest first so "Європейської Ради"
    // wins over a one-word stem.
    private static readonly Dictionary<string, Pattern[]> PatternsByPrefix = Load();

    /// <summary>The entry whose pattern starts at token <paramref name="index"/>, longest first.</summary>
    public static Hit? MatchAt(IReadOnlyList<NameToken> tokens, int index)
    {
        if (!tokens[index].IsWord || !PatternsByPrefix.TryGetValue(PrefixKey(tokens[index].Folded), out var candidates))
        {
            return null;
        }
        foreach (var pattern in candidates)
        {
            if (index + pattern.Words.Length > tokens.Count)
            {
                continue;
            }
            var all = true;
            for (var k = 0; k < pattern.Words.Length && all; k++)
            {
                var token = tokens[index + k];
                all = token.IsWord && WordMatches(pattern.Words[k], token);
            }
            if (all)
            {
                return new Hit(pattern.Entry, index, pattern.Words.Length);
            }
        }
        return null;
    }

    /// <summary>True when the word alone is a place or organisation (not part of a person's name).</summary>
    public static bool IsPlaceOrOrganisation(string word)
    {
        var tokens = new[] { new NameToken(word, 0, true) };
        return MatchAt(tokens, 0) is { TokenCount: 1 };
    }

    /// <summary>The affiliation a phrase names: the first non-weak entry, else the first weak one.</summary>
    public static string? AffiliationIn(IReadOnlyList<NameToken> tokens, int from, int to, string language)
    {
        Entry? weak = null;
        for (var i = from; i < to; i++)
        {
            if (MatchAt(tokens, i) is not { } hit || hit.Entry.PlaceOnly || hit.TokenIndex + hit.TokenCount > to)
            {
                continue;
            }
            if (!hit.Entry.Weak)
            {
                return hit.Entry.For(language);
            }
            weak ??= hit.Entry;
        }
        return weak?.For(language);
    }

    private static bool IsAbbreviation(string word) =>
        word.Count(char.IsLetter) >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static string PrefixKey(string folded) => folded.Length <= 2 ? folded : folded[..2];

    private static bool WordMatches(string pattern, NameToken token)
    {
        var word = token.Text;
        if (IsAbbreviation(pattern))
        {
            return word == pattern || word == pattern + "'s" || word == pattern + "’s";
        }
        var folded = token.Folded;
        if (pattern[^1] == '*')
        {
            var stem = pattern[..^1];
            return folded.StartsWith(stem, StringComparison.Ordinal) && folded.Length - stem.Length <= 4;
        }
        return folded == pattern || (folded.EndsWith("'s", StringComparison.Ordinal) && folded[..^2] == pattern);
    }

    private static Dictionary<string, Pattern[]> Load()
    {
        var patterns = new List<Pattern>();
        foreach (var line in PeopleLexicon.ReadLines("affiliations.txt"))
        {
            var parts = line.Split("::", StringSplitOptions.TrimEntries);
            var names = parts[0].Split('|', StringSplitOptions.TrimEntries);
            var flag = parts.Length > 2 ? parts[1] : "";
            var entry = new Entry(names[0], names[1], names[2], flag == "weak", flag == "place");
            foreach (var form in parts[^1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // Abbreviations ("US", "WHO") match only in capitals, so "us" and "who" stay words.
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => IsAbbreviation(w) ? w : PeopleLexicon.Fold(w)).ToArray();
                patterns.Add(new Pattern(words, entry));
            }
        }
        return patterns
            .GroupBy(p => PrefixKey(p.Words[0].ToLowerInvariant().TrimEnd('*')), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }
}
