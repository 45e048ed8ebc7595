namespace Articles.Extraction.Attribution.People;

/// <summary>Title words that introduce a role ("президент", "речника", "Secretary"), official or not.</summary>
internal static class TitleLexicon
{
    internal enum Kind { None, Official, Other }

    /// <summary>One language's titles: whole words, and stems a word may extend by up to three letters ("президент*").</summary>
    private sealed class Titles
    {
        public Dictionary<string, Kind> Words { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Kind> Stems { get; } = new(StringComparer.Ordinal);

        public static void Add(Dictionary<string, Kind> into, string text, Kind kind) =>
            into[text] = into.GetValueOrDefault(text) == Kind.Official ? Kind.Official : kind;

        // The first two letters of every title and stem (one for a one-letter one): most words of a body are no
        // title and need no lookup.
        private HashBits _openings = new();

        public void Index() => _openings = HashBits.Of(Words.Keys.Concat(Stems.Keys).Select(t => t[..Math.Min(2, t.Length)]));

        /// <summary>False when no title or stem can start a word of two or more letters that starts so.</summary>
        public bool MayOpen(string word) => _openings.MayContain(word.AsSpan(0, 2)) || _openings.MayContain(word.AsSpan(0, 1));
    }

    private const int MaxEndingAfterStem = 3;

    private static readonly Dictionary<string, Titles> ByLanguage = Load();

    private static readonly string[] HyphenPrefixes = ["екс-", "экс-", "ex-", "вице-", "віце-"];

    public static Kind KindOf(string word, string language)
    {
        if (!ByLanguage.TryGetValue(language, out var titles))
        {
            return Kind.None;
        }
        var folded = PeopleLexicon.Fold(word);
        // Hyphenated words are judged by their parts below; any other word by its first two letters first.
        if (folded.Length > 3 && !folded.Contains('-', StringComparison.Ordinal) && !titles.MayOpen(folded))
        {
            return Kind.None;
        }
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
        if (language == "en" && folded.Contains('-', StringComparison.Ordinal) && !titles.Words.ContainsKey(folded) && !titles.Stems.ContainsKey(folded))
        {
            var kinds = folded.Split('-').Select(part => KindOf(part, language)).ToList();
            return kinds.Contains(Kind.Official) ? Kind.Official : kinds.Contains(Kind.Other) ? Kind.Other : Kind.None;
        }
        // Lookups instead of a scan over every title: the word itself, then each stem it could extend.
        var best = titles.Words.GetValueOrDefault(folded);
        if (best == Kind.Official)
        {
            return best;
        }
        var stems = titles.Stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Max(1, folded.Length - MaxEndingAfterStem); length <= folded.Length; length++)
        {
            if (stems.TryGetValue(folded.AsSpan(0, length), out var kind))
            {
                if (kind == Kind.Official)
                {
                    return kind;
                }
                best = kind;
            }
        }
        return best;
    }

    public static bool IsTitle(string word, string language) => KindOf(word, language) != Kind.None;

    private static Dictionary<string, Titles> Load()
    {
        var result = new Dictionary<string, Titles>(StringComparer.Ordinal);
        foreach (var line in PeopleLexicon.ReadLines("titles.txt"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var kind = parts[1] == "official" ? Kind.Official : Kind.Other;
            if (!result.TryGetValue(parts[0], out var titles))
            {
                titles = new Titles();
                result[parts[0]] = titles;
            }
            foreach (var word in parts[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = PeopleLexicon.Fold(word);
                if (folded.EndsWith('*'))
                {
                    Titles.Add(titles.Stems, folded[..^1], kind);
                }
                else
                {
                    Titles.Add(titles.Words, folded, kind);
                }
            }
        }
        foreach (var titles in result.Values)
        {
            titles.Index();
        }
        return result;
    }
}
