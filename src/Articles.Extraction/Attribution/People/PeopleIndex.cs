namespace Articles.Extraction.Attribution.People;

/// <summary>
/// All people of an article body, merged across mentions: full name, surname alone and declined forms become one
/// <see cref="Person"/>; the longest full name wins; role and affiliation come from the most specific mention.
/// </summary>
public sealed class PeopleIndex
{
    private const int RecurringMentions = 3;

    private readonly string _language;
    private readonly List<IReadOnlyList<NameToken>> _tokenized;
    private readonly Dictionary<PersonMention, int> _personOfMention;
    private bool? _political;
    private Dictionary<string, int>? _firstMentionByText;

    private PeopleIndex(IReadOnlyList<Person> people, IReadOnlyList<(int Sentence, PersonMention Mention)> mentions,
        Dictionary<PersonMention, int> personOfMention, string language, List<IReadOnlyList<NameToken>> tokenized)
    {
        _tokenized = tokenized;
        People = people;
        Mentions = mentions;
        _personOfMention = personOfMention;
        _language = language;
    }

    public IReadOnlyList<Person> People { get; }

    /// <summary>Every mention with its sentence index, in text order (for pronoun resolution).</summary>
    public IReadOnlyList<(int Sentence, PersonMention Mention)> Mentions { get; }

    public static PeopleIndex Build(IReadOnlyList<string> sentences, string? language)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lang = LanguageGuess.Known(language) ?? LanguageGuess.Of(string.Join(' ', sentences.Take(20)));
        var tokenized = sentences.Select(NameTokenizer.Split).ToList();

        // Pass 1: full names and titled names; pass 2 (same call, with the names known) adds lone surnames anywhere.
        // Pass 2 reads again only the sentences where a known name would change an answer pass 1 was given, and
        // only from the run of capitalised words where the first such answer was asked.
        var known = new KnownNames();
        var firstReading = new List<PersonMention>[sentences.Count];
        var probes = new KnownNames[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            probes[s] = KnownNames.Probe();
            firstReading[s] = PersonFinder.Find(sentences[s], tokenized[s], lang, probes[s]);
            foreach (var mention in firstReading[s])
            {
                known.Add(mention.Name);
            }
        }
        var mentions = new List<(int, PersonMention)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var from = probes[s].FirstDifferingAnswer(known);
            var reading = from < 0 ? firstReading[s]
                : PersonFinder.Find(sentences[s], tokenized[s], lang, known, from, firstReading[s].Where(m => m.Start < tokenized[s][from].Start));
            foreach (var mention in reading)
            {
                mentions.Add((s, mention));
            }
        }
        var groups = Group(mentions, lang);
        var people = new List<Person>();
        var personOfMention = new Dictionary<PersonMention, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            foreach (var mention in group)
            {
                personOfMention[mention] = people.Count;
            }
            people.Add(Merge(group));
        }
        return new PeopleIndex(people, mentions, personOfMention, lang, tokenized);
    }

    /// <summary>The merged person for a name, surname or declined form; null if nobody matches.</summary>
    public Person? Find(string nameOrSurface)
    {
        ArgumentNullException.ThrowIfNull(nameOrSurface);
        if (FirstMentionByText().TryGetValue(nameOrSurface, out var first) && _personOfMention.TryGetValue(Mentions[first].Mention, out var at))
        {
            return People[at];
        }
        var name = PersonNames.ToNominative(nameOrSurface, _language);
        return People.FirstOrDefault(p => PersonNames.SamePerson(p.Name, name, _language));
    }

    // The first mention written or named exactly so: Find is asked once per mention, and a scan each time was quadratic.
    private Dictionary<string, int> FirstMentionByText()
    {
        if (_firstMentionByText is null)
        {
            _firstMentionByText = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < Mentions.Count; i++)
            {
                _firstMentionByText.TryAdd(Mentions[i].Mention.Surface, i);
                _firstMentionByText.TryAdd(Mentions[i].Mention.Name, i);
            }
        }
        return _firstMentionByText;
    }

    /// <summary>The person a mention belongs to.</summary>
    public Person? PersonOf(PersonMention mention) =>
        mention is not null && _personOfMention.TryGetValue(mention, out var at) ? People[at] : null;

    /// <summary>True when the person has a public role (politician, official, spokesperson, diplomat, …).</summary>
    public bool IsOfficial(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Role is null)
        {
            // A full name the article keeps coming back to without ever giving a role, in an article about
            // people in office: a public figure it assumes the reader knows.
            return person.Mentions >= RecurringMentions && person.Name.Contains(' ', StringComparison.Ordinal)
                && (_political ??= IsPolitical(_tokenized));
        }
        return RoleReader.IsOfficialRole(person.Role, _language);
    }

    private static List<List<PersonMention>> Group(List<(int Sentence, PersonMention Mention)> mentions, string lang)
    {
        var groups = new List<List<PersonMention>>();
        var position = new Dictionary<PersonMention, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < mentions.Count; k++)
        {
            position[mentions[k].Mention] = k;
        }
        // Groups by surname key: only names with the same key can be one person (patronymic forms aside).
        var byKey = new Dictionary<string, List<List<PersonMention>>>(StringComparer.Ordinal);
        List<List<PersonMention>> SameKey(PersonMention mention)
        {
            var key = PersonNames.SurnameKey(LastWord(mention.Name));
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey[key] = list;
            }
            return list;
        }

        // Full names first (in order), so lone surnames can attach to the full name they match.
        foreach (var (_, mention) in mentions.Where(m => IsFullName(m.Mention)))
        {
            var patronymic = Patronymic.IsPatronymic(LastWord(mention.Name));
            var pool = patronymic ? groups : SameKey(mention);
            var group = pool.FirstOrDefault(g => g.Where(IsFullName).Any(m => PersonNames.SamePerson(m.Name, mention.Name, lang)));
            if (group is null)
            {
                group = [mention];
                groups.Add(group);
                SameKey(mention).Add(group);
            }
            else
            {
                group.Add(mention);
            }
        }
        // A lone surname goes to the matching person mentioned most recently before it ("Clinton" after "Bill Clinton").
        foreach (var (_, mention) in mentions.Where(m => !IsFullName(m.Mention)))
        {
            var at = position[mention];
            var candidates = SameKey(mention);
            List<PersonMention>? group = null;
            var latest = int.MinValue;
            foreach (var candidate in candidates)
            {
                if (!PersonNames.SamePerson(candidate[0].Name, mention.Name, lang))
                {
                    continue;
                }
                // The group mentioned last before this surname; the first such group when none or several tie.
                var before = -1;
                foreach (var member in candidate)
                {
                    var p = position[member];
                    if (p < at && p > before)
                    {
                        before = p;
                    }
                }
                if (before > latest)
                {
                    latest = before;
                    group = candidate;
                }
            }
            if (group is null)
            {
                group = [mention];
                groups.Add(group);
                candidates.Add(group);
            }
            else
            {
                group.Add(mention);
            }
        }
        return groups;
    }

    // Counts political words only until there are enough.
    private static bool IsPolitical(List<IReadOnlyList<NameToken>> tokenized)
    {
        var hits = 0;
        foreach (var tokens in tokenized)
        {
            foreach (var token in tokens)
            {
                if (token.IsWord && PoliticalWords.CanStartWith(LowerCase.Of(token.Text[0])) && PoliticalWords.IsPolitical(token.Folded)
                    && ++hits >= PoliticalWords.MinimumHits)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsFullName(PersonMention mention) => mention.Name.Contains(' ', StringComparison.Ordinal);

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static Person Merge(List<PersonMention> group)
    {
        // Longest full name; among equals one with a surname (not a patronymic) last, then one written in the
        // nominative in the text; the earliest of equals.
        var best = group[0];
        var bestRank = NameRank(best);
        PersonMention? withRole = null;
        for (var i = 0; i < group.Count; i++)
        {
            var mention = group[i];
            var rank = NameRank(mention);
            if (rank.CompareTo(bestRank) > 0)
            {
                (best, bestRank) = (mention, rank);
            }
            // The role with an affiliation, else the longest role; the earliest of equals.
            if (mention.Role is not null && (withRole is null || RoleRank(mention).CompareTo(RoleRank(withRole)) > 0))
            {
                withRole = mention;
            }
        }
        var affiliation = withRole?.Affiliation ?? group.Select(m => m.Affiliation).FirstOrDefault(a => a is not null);
        var gender = group.Select(m => m.Gender).FirstOrDefault(g => g != Gender.Unknown);
        return new Person(best.Name, withRole?.Role, affiliation, gender, group.Count);
    }

    private static (int Words, bool NotPatronymic, bool Nominative) NameRank(PersonMention m) =>
        (m.Name.AsSpan().Count(' ') + 1, !Patronymic.IsPatronymic(LastWord(m.Name)), string.Equals(m.Name, m.Surface, StringComparison.Ordinal));

    private static (bool Affiliated, int Length) RoleRank(PersonMention m) => (m.Affiliation is not null, m.Role!.Length);
}
