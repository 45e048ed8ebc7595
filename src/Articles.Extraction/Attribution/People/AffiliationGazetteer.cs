namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Countries, capitals used as metonyms, adjectives and organisations, each with the canonical affiliation form
/// per language ("Вашингтона" → "США", "Kremlin's" → "Russia"). Place-only entries just block name detection.
/// </summary>
internal static class AffiliationGazetteer
{
    internal sealed record Entry(string Uk, string Ru, string En, bool Weak, bool PlaceOnly, bool Country = false)
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

    // Looked up by a slice of the folded word, so no key string is made per token.
    private static readonly Dictionary<string, Pattern[]>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup =
        PatternsByPrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    // One bit per hashed prefix: most words asked about start no pattern, and skip the dictionary.
    private static readonly HashBits MayStart = HashBits.Of(PatternsByPrefix.Keys);

    /// <summary>The entry whose pattern starts at token <paramref name="index"/>, longest first.</summary>
    public static Hit? MatchAt(IReadOnlyList<NameToken> tokens, int index)
    {
        if (!tokens[index].IsWord || PrefixKey(tokens[index].Folded.AsSpan()) is var prefix && !MayStart.MayContain(prefix)
            || !PrefixLookup.TryGetValue(prefix, out var candidates))
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

    /// <summary>
    /// The organisation or country an apposition's "its"/"його" points back to: the nearest one named before the
    /// person in the sentence ("Washington was represented by X, its adviser"), passing over places that only say
    /// where something happened ("talks in Moscow").
    /// </summary>
    public static string? OwnerBefore(IReadOnlyList<NameToken> tokens, int nameStart, string language)
    {
        Hit? owner = null;
        for (var i = 0; i < nameStart; i++)
        {
            if (MatchAt(tokens, i) is { Entry.PlaceOnly: false } hit && hit.TokenIndex + hit.TokenCount <= nameStart
                && !(i > 0 && Locatives.Contains(tokens[i - 1].Folded)))
            {
                owner = hit;
                i += hit.TokenCount - 1;
            }
        }
        return owner?.Entry.For(language);
    }

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "from", "into", "в", "у", "на", "до", "з", "із", "из", "во",
    };

    /// <summary>
    /// A nationality word leading an English title ("Armenian", "U.S.", "Russian"), which names the affiliation and
    /// is not part of the role; capitals and metonyms ("Kremlin", "Washington") stay in the role.
    /// </summary>
    public static Hit? LeadingNationality(IReadOnlyList<NameToken> tokens, int index)
    {
        if (MatchAt(tokens, index) is not { Entry.Country: true, TokenCount: 1 } hit)
        {
            return null;
        }
        var word = tokens[index].Text;
        var isAdjective = WordShape.EndsWithAny(word, AdjectiveEndings)
            && !string.Equals(word, hit.Entry.En, StringComparison.Ordinal);
        return isAdjective || IsAbbreviation(word.Replace(".", "", StringComparison.Ordinal)) ? hit : null;
    }

    private static readonly string[] AdjectiveEndings = ["an", "ese", "ish", "ch", "ss", "i"];

    private static bool IsAbbreviation(string word) =>
        WordShape.LetterCount(word) >= 2 && WordShape.NoLowerLetter(word);

    private static string PrefixKey(string folded) => folded.Length <= 2 ? folded : folded[..2];

    private static ReadOnlySpan<char> PrefixKey(ReadOnlySpan<char> folded) => folded.Length <= 2 ? folded : folded[..2];

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
            var entry = new Entry(names[0], names[1], names[2], flag == "weak", flag == "place", flag == "country");
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
