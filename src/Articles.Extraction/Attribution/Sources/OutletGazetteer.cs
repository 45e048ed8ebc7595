using System.Reflection;

namespace Articles.Extraction.Attribution.Sources;

/// <summary>Known outlets (Data/outlets.txt), loaded once: finds them in a sentence's words and by web domain.</summary>
internal sealed class OutletGazetteer
{
    private const string ResourceSuffix = "Data.outlets.txt";

    private readonly Dictionary<string, List<Spelling>> spellingsByKey = new(StringComparer.Ordinal);

    // The same lists split by the case of the word's first letter, which rules out most spellings before any is tried.
    private readonly Dictionary<string, Spelling[]> forCapitalised = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling[]> forOthers = new(StringComparer.Ordinal);
    private readonly List<Outlet> outlets = [];

    // One bit per hashed key, for each case: every word of a body is asked about, and nearly all start no known name.
    private readonly HashBits mayStartCapitalised = new();
    private readonly HashBits mayStartOther = new();

    public static OutletGazetteer Default { get; } = Load();

    private sealed record Spelling(Outlet Outlet, NameForms.Variant[] Words);

    public IReadOnlyList<Outlet> Outlets => outlets;

    internal static OutletGazetteer Parse(TextReader reader)
    {
        var gazetteer = new OutletGazetteer();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            gazetteer.Add(trimmed.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var list in gazetteer.spellingsByKey.Values)
        {
            // Longest spelling first, so "Інтерфакс-Україна" and "The New York Times" win over shorter ones.
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        foreach (var (key, list) in gazetteer.spellingsByKey)
        {
            Spelling[] capitalised = [.. list.Where(s => NameForms.MayMatch(s.Words[0], capitalised: true))];
            Spelling[] others = [.. list.Where(s => NameForms.MayMatch(s.Words[0], capitalised: false))];
            if (capitalised.Length > 0)
            {
                gazetteer.forCapitalised[key] = capitalised;
                gazetteer.mayStartCapitalised.Add(key);
            }

            if (others.Length > 0)
            {
                gazetteer.forOthers[key] = others;
                gazetteer.mayStartOther.Add(key);
            }
        }

        return gazetteer;
    }

    /// <summary>The longest known outlet spelled from word <paramref name="index"/> on, and how many words it takes.</summary>
    public (Outlet Outlet, int Words)? MatchAt(IReadOnlyList<WordToken> words, int index)
    {
        Span<char> buffer = stackalloc char[NameForms.KeyLength];
        var text = words[index].Text;
        var key = NameForms.Key(text, buffer);
        var capitalised = char.IsUpper(text[0]);
        if (!(capitalised ? mayStartCapitalised : mayStartOther).MayContain(key)
            || !(capitalised ? forCapitalised : forOthers).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var candidates))
        {
            return null;
        }

        foreach (var spelling in candidates)
        {
            if (index + spelling.Words.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < spelling.Words.Length && all; k++)
            {
                all = NameForms.Matches(words[index + k].Text, spelling.Words[k], k == spelling.Words.Length - 1);
            }

            if (all)
            {
                return (spelling.Outlet, spelling.Words.Length);
            }
        }

        return null;
    }

    /// <summary>The known outlet a whole name spells ("Рейтер" → Reuters), or null.</summary>
    public Outlet? Resolve(string name)
    {
        var words = WordTokenizer.Tokenize(name);
        if (words.Count == 0)
        {
            return null;
        }

        var match = MatchAt(words, 0);
        return match is { } m && m.Words == words.Count ? m.Outlet : null;
    }

    public Outlet? ForHost(string host) => outlets.FirstOrDefault(o => o.OwnsHost(host));

    private static OutletGazetteer Load()
    {
        var assembly = typeof(OutletGazetteer).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private void Add(string[] fields)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var domains = new List<string>();
        var spellings = new List<string>();
        var platform = false;
        foreach (var field in fields)
        {
            if (field == "!platform")
            {
                platform = true;
            }
            else if (field.StartsWith('@'))
            {
                domains.Add(field[1..]);
            }
            else if (field.Length > 3 && field[2] == '=' && field[..2] is "uk" or "ru" or "en")
            {
                names[field[..2]] = field[3..];
            }
            else
            {
                spellings.Add(field);
            }
        }

        if (spellings.Count == 0)
        {
            return;
        }

        var outlet = new Outlet(spellings[0], names, domains, platform);
        outlets.Add(outlet);
        // A domain in running text ("пише politico.eu") names the outlet too.
        foreach (var spelling in spellings.Concat(names.Values).Concat(domains).Distinct(StringComparer.Ordinal))
        {
            var words = WordTokenizer.Tokenize(spelling).Select(w => NameForms.Prepare(w.Text)).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var key = NameForms.Key(words[0].Text);
            if (!spellingsByKey.TryGetValue(key, out var list))
            {
                list = [];
                spellingsByKey[key] = list;
            }

            list.Add(new Spelling(outlet, words));
        }
    }
}
