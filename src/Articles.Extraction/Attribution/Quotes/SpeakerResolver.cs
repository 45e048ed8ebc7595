using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Finds the speaker in a stretch of a sentence: a named person, a pronoun or role noun pointing back to one, an
/// anonymous phrase ("Представник ЄС", "a U.S. official") or a short capitalised institution name.
/// </summary>
internal sealed class SpeakerResolver(PeopleIndex people, LanguageKey language, string? site)
{
    private const int PronounReach = 6;
    private const int AnaphorReach = 6;
    private const int RecentReach = 3;
    private const int MaxSegments = 3;

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "another" };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "і", "й", "та", "а", "и", "но", "але",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "for", "і", "та", "й", "и", "de", "в", "у", "на", "при", "з", "по",
    };

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "it", "this", "that", "there", "meanwhile", "then", "later", "earlier", "now", "but", "and", "so",
        "він", "вона", "вони", "он", "она", "они", "проте", "однак", "однако", "тому", "поэтому", "тепер", "теперь",
        "раніше", "ранее", "вже", "уже", "так", "як", "как", "але", "но", "ще", "еще", "ещё", "хоча", "хотя", "водночас",
        "при", "при этом", "зокрема", "в", "у", "на", "по", "за", "крім", "кроме", "потім", "потом", "тоді", "тогда",
    };

    private static readonly HashSet<string> PhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "і", "та", "й", "и", "а", "але", "но", "who", "which", "який", "яка", "які", "который",
        "которая", "которые", "про", "это", "це", "this", "об", "also", "також", "также", "тоже", "теж",
    };

    /// <summary>The speaker in text[from..to) of sentence <paramref name="s"/>.</summary>
    /// <param name="subjectFirst">
    /// The span ends at the verb: read its comma-separated parts from the verb backwards, so that the subject right
    /// before the verb wins and an appositive ("X, a professor at Y, said") leads back to the name before it.
    /// </param>
    /// <param name="genitive">The span follows "за словами / по словам": anonymous phrases are put in the nominative.</param>
    /// <param name="preferFirst">The verb is a participle ("…, saying"): its subject is the first name of the clause.</param>
    public Speaker? Resolve(SentenceView s, int from, int to, bool subjectFirst = false, bool genitive = false, bool preferFirst = false)
    {
        ArgumentNullException.ThrowIfNull(s);
        from = Math.Max(0, from);
        to = Math.Min(s.Text.Length, to);
        if (to <= from)
        {
            return null;
        }

        if (!subjectFirst)
        {
            return InSegment(s, from, to, genitive, preferFirst) ?? Institution(s.Text, SpanWord.Read(s.Text, from, to));
        }

        var end = to;
        for (var part = 0; part < MaxSegments && end > from; part++)
        {
            var comma = s.Text.LastIndexOf(',', end - 1, end - from);
            var start = comma < 0 ? from : comma + 1;
            var found = InSegment(s, start, end, genitive, preferFirst);
            if (found is not null)
            {
                return found;
            }

            if (part == 0)
            {
                var institution = Institution(s.Text, SpanWord.Read(s.Text, start, end));
                if (institution is not null)
                {
                    return institution;
                }
            }

            if (comma < 0)
            {
                break;
            }

            end = comma;
        }

        return null;
    }

    private Speaker? InSegment(SentenceView s, int from, int to, bool genitive, bool preferFirst)
    {
        var words = SpanWord.Read(s.Text, from, to);
        if (words.Count == 0)
        {
            return null;
        }

        var named = NamedIn(s, from, to, words, preferFirst) ?? KnownSurname(words);
        if (named is not null)
        {
            return named;
        }

        foreach (var w in words)
        {
            var male = SpeakerWords.MalePronouns.Contains(w.Text);
            if (male || SpeakerWords.FemalePronouns.Contains(w.Text))
            {
                return Antecedent(s.Index, w.Start, male ? Gender.Male : Gender.Female, AnaphorKind.Pronoun);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (SpeakerWords.AnonymousHeads.ContainsKey(words[i].Text))
            {
                genitive = genitive || FollowsGenitiveCue(s.Text, words, i);
                return new Speaker(AnonymousPhrase(s.Text, words, i, genitive), null);
            }
        }

        foreach (var w in words)
        {
            if (SpeakerWords.AnaphoricHeads.Contains(w.Text))
            {
                return Antecedent(s.Index, w.Start, Gender.Unknown, AnaphorKind.Role);
            }
        }

        return null;
    }

    /// <summary>The speaker quoted last and the sentence of that quote; pronouns prefer them.</summary>
    public (Speaker Speaker, int Sentence)? Recent { get; set; }

    /// <summary>
    /// The person a pronoun or role noun points back to: the last quoted person when recent and compatible, else the
    /// subject (first person named) of the nearest earlier sentence that names a compatible person.
    /// </summary>
    public Speaker? Antecedent(int sentence, int offset, Gender gender, AnaphorKind kind)
    {
        if (Recent is { } recent && recent.Speaker.Person is { } quoted && sentence - recent.Sentence <= RecentReach
            && Compatible(quoted, gender) && (kind == AnaphorKind.Pronoun || people.IsOfficial(quoted)))
        {
            return recent.Speaker;
        }

        var reach = kind == AnaphorKind.Pronoun ? PronounReach : AnaphorReach;
        return Nearest(sentence, offset, gender, reach, officialsOnly: kind == AnaphorKind.Role)
            ?? (kind == AnaphorKind.Role ? Nearest(sentence, offset, gender, reach, officialsOnly: false) ?? Following(sentence) : null);
    }

    private Speaker? Nearest(int sentence, int offset, Gender gender, int reach, bool officialsOnly)
    {
        Speaker? pick = null;
        var pickSentence = -1;
        for (var i = people.Mentions.Count - 1; i >= 0; i--)
        {
            var (at, mention) = people.Mentions[i];
            if (at > sentence || (at == sentence && mention.Start >= offset))
            {
                continue;
            }

            if (sentence - at > reach || (pickSentence >= 0 && at != pickSentence))
            {
                break;
            }

            var person = people.Find(mention.Name) ?? FromMention(mention);
            if (!Compatible(person, gender) || (officialsOnly && !people.IsOfficial(person)))
            {
                continue;
            }

            pick = new Speaker(person.Name, person);
            if (at == sentence)
            {
                return pick; // same sentence: the nearest name before
            }

            pickSentence = at; // keep going back to the first name (the subject) of that sentence
        }

        return pick;
    }

    /// <summary>A role noun that opens the article ("Премьер-министр Польши считает …") names the official next.</summary>
    private Speaker? Following(int sentence)
    {
        foreach (var (at, mention) in people.Mentions)
        {
            if (at == sentence + 1)
            {
                var person = people.Find(mention.Name) ?? FromMention(mention);
                return people.IsOfficial(person) ? new Speaker(person.Name, person) : null;
            }

            if (at > sentence + 1)
            {
                break;
            }
        }

        return null;
    }

    private static bool Compatible(Person person, Gender gender) =>
        !((gender == Gender.Male && person.Gender == Gender.Female) || (gender == Gender.Female && person.Gender == Gender.Male));

    /// <summary>True when a speaker phrase starts right at <paramref name="from"/> ("заявив X", "said a U.S. official").</summary>
    public static bool StartsSpeaker(SentenceView s, int from)
    {
        ArgumentNullException.ThrowIfNull(s);
        var words = SpanWord.Read(s.Text, from, Math.Min(s.Text.Length, from + 80));
        if (words.Count == 0)
        {
            return false;
        }

        bool IsHead(SpanWord w) => SpeakerWords.AnonymousHeads.ContainsKey(w.Text) || SpeakerWords.AnaphoricHeads.Contains(w.Text);
        var first = words[0];
        return first.IsCapitalised || IsHead(first) || SpeakerWords.MalePronouns.Contains(first.Text) || SpeakerWords.FemalePronouns.Contains(first.Text)
            || words.Skip(1).Take(3).Any(IsHead);
    }

    /// <summary>
    /// The person named in the span: the name nearest its end, or the first name when a conjunction stands between
    /// ("X criticised Y and said …"). A name that only modifies an anonymous head ("another Ryan spokesperson") is skipped.
    /// </summary>
    private Speaker? NamedIn(SentenceView s, int from, int to, List<SpanWord> words, bool preferFirst)
    {
        PersonMention? first = null;
        PersonMention? last = null;
        foreach (var m in s.People)
        {
            if (m.Start < from || m.Start + m.Length > to || ModifiesHead(s.Text, m, words) || AfterArticle(m, words))
            {
                continue;
            }

            first ??= m;
            last = m;
        }

        if (last is null || first is null)
        {
            return null;
        }

        var chosen = preferFirst ? first : last;
        if (!preferFirst && !ReferenceEquals(first, last))
        {
            var lastEnd = last.Start + last.Length;
            foreach (var w in words)
            {
                if (w.Start >= first.Start + first.Length && w.Start < last.Start && Conjunctions.Contains(w.Text))
                {
                    chosen = first;
                    break;
                }

                if (w.Start >= lastEnd && Conjunctions.Contains(w.Text))
                {
                    chosen = first;
                    break;
                }
            }
        }

        var person = people.Find(chosen.Name) ?? FromMention(chosen);
        return new Speaker(person.Name, person);
    }

    /// <summary>"a Trump supporter", "the Clinton campaign": a name after an article only describes someone else.</summary>
    private static bool AfterArticle(PersonMention m, List<SpanWord> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Start == m.Start)
            {
                return Articles.Contains(words[i - 1].Text) && i == 1;
            }
        }

        return false;
    }

    /// <summary>A surname alone ("Lamoreaux added") of a person quoted or named earlier.</summary>
    private Speaker? KnownSurname(List<SpanWord> words)
    {
        foreach (var w in words)
        {
            if (!w.IsCapitalised || w.Text.Length < 3)
            {
                continue;
            }

            var index = words.IndexOf(w);
            var modifier = (index > 0 && Articles.Contains(words[index - 1].Text))
                || (index + 1 < words.Count && SpeakerWords.AnonymousHeads.ContainsKey(words[index + 1].Text));
            if (modifier)
            {
                continue; // "another Ryan spokesperson"
            }

            if (words.Count <= 2 && people.Find(w.Text) is { } person)
            {
                return new Speaker(person.Name, person);
            }

            foreach (var known in known)
            {
                var space = known.Name.LastIndexOf(' ');
                if (space > 0 && string.Equals(known.Name[(space + 1)..], w.Text, StringComparison.Ordinal))
                {
                    return known;
                }
            }
        }

        return null;
    }

    private readonly List<Speaker> known = [];

    /// <summary>Remembers a named speaker so a later bare surname finds them.</summary>
    public void Remember(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        if (speaker.Named && !known.Exists(k => k.Name == speaker.Name))
        {
            known.Add(speaker);
        }
    }

    private static bool ModifiesHead(string text, PersonMention m, List<SpanWord> words)
    {
        var end = m.Start + m.Length;
        if (end < text.Length - 1 && text[end] is '\'' or '’' && text[end + 1] == 's')
        {
            end += 2;
        }

        foreach (var w in words)
        {
            if (w.Start > end)
            {
                return w.Start - end <= 1 && SpeakerWords.AnonymousHeads.ContainsKey(w.Text);
            }
        }

        return false;
    }

    private static Person FromMention(PersonMention m) => new(m.Name, m.Role, m.Affiliation, m.Gender, 1);

    private string AnonymousPhrase(string text, List<SpanWord> words, int head, bool genitive)
    {
        var first = head;
        while (first > 0 && head - first < 4 && IsModifier(words[first - 1]) && OnlySpaces(text, words[first - 1].End, words[first].Start))
        {
            first--;
        }

        var last = head;
        if (language != LanguageKey.En)
        {
            last = Complement(text, words, head);
        }

        var parts = new List<string>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            var word = words[i].Text;
            if (genitive && i == head)
            {
                word = KeepCase(word, SpeakerWords.AnonymousHeads[word]);
            }
            else if (genitive && i < head)
            {
                word = GenitiveToNominative.Adjective(word, language);
            }

            parts.Add(word);
        }

        return string.Join(' ', parts);
    }

    private static readonly HashSet<string> GenitiveCueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "словами", "словам", "думку", "мнению", "даними", "данным", "переконання", "убеждению", "інформацією",
        "информации", "оцінками", "оценкам", "версією", "версии",
    };

    /// <summary>"по мнению американских политологов": the phrase after such a cue word stands in the genitive.</summary>
    private static bool FollowsGenitiveCue(string text, List<SpanWord> words, int head)
    {
        var first = head;
        while (first > 0 && head - first < 4 && !GenitiveCueWords.Contains(words[first - 1].Text)
            && HasAdjectiveEnding(words[first - 1].Text))
        {
            first--;
        }

        return first > 0 && GenitiveCueWords.Contains(words[first - 1].Text) && OnlySpaces(text, words[first - 1].End, words[first].Start);
    }

    private static int Complement(string text, List<SpanWord> words, int head)
    {
        var last = head;
        for (var i = head + 1; i < words.Count && i <= head + 2; i++)
        {
            if (!OnlySpaces(text, words[i - 1].End, words[i].Start))
            {
                break;
            }

            var w = words[i];
            if (IsAcronymOrName(w) || SpeakerWords.OutletNouns.Contains(w.Text))
            {
                last = i;
                continue;
            }

            var sourceHead = words[head].Text.StartsWith("джерел", StringComparison.OrdinalIgnoreCase)
                || words[head].Text.StartsWith("источник", StringComparison.OrdinalIgnoreCase);
            var place = i + 1 < words.Count && OnlySpaces(text, w.End, words[i + 1].Start) && (sourceHead || words[i + 1].IsCapitalised);
            if (last == head && w.Text is "в" or "у" or "при" && place)
            {
                last = i + 1; // "джерело в уряді", "оглядачі у Британії"
            }

            break;
        }

        return last;
    }

    private static bool IsAcronymOrName(SpanWord w) => w.IsCapitalised && !SpeakerWords.Prepositions.Contains(w.Text);

    private bool IsModifier(SpanWord w)
    {
        if (PhraseStops.Contains(w.Text) || SpeakerWords.Prepositions.Contains(w.Text) || SpeakerWords.MalePronouns.Contains(w.Text)
            || SpeakerWords.FemalePronouns.Contains(w.Text))
        {
            return false;
        }

        if (language == LanguageKey.En || (language == LanguageKey.Any && IsLatin(w.Text)))
        {
            return !w.Text.EndsWith("ly", StringComparison.Ordinal);
        }

        return w.IsCapitalised && w.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) || HasAdjectiveEnding(w.Text);
    }

    private static readonly string[] AdjectiveEndings =
    [
        "ий", "ій", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ої", "ей", "их", "ых", "іх", "ні", "кі",
        "ська", "цька", "зька", "на",
    ];

    private static bool HasAdjectiveEnding(string word) =>
        word.Length > 3 && AdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "house", "state", "states", "department", "party", "university", "college", "ltd", "inc", "news", "post", "times",
        "agency", "ministry", "council", "committee", "office", "administration", "campaign", "group", "bank", "union",
        "national", "press", "journal", "street", "center", "centre", "institute", "foundation", "fund", "corp", "co",
        "senate", "congress", "court", "police", "army", "forces", "commission", "service", "network", "media",
    };

    /// <summary>Two or three Latin words in title case and no institution word: "Katelynn Lamoreaux".</summary>
    private bool LooksLikePersonName(List<SpanWord> words) =>
        language is LanguageKey.En or LanguageKey.Any && words.Count is 2 or 3
        && words.All(w => IsLatin(w.Text) && w.Text.Length > 1 && char.IsUpper(w.Text[0]) && w.Text.Skip(1).All(c => !char.IsUpper(c) || w.Text.Length > 3)
            && w.Text.Skip(1).Any(char.IsLower) && !InstitutionWords.Contains(w.Text) && !Connectors.Contains(w.Text));

    private static bool IsSentenceStart(string text, int at) => QuoteText.OnlyPunctuation(text, 0, at, "—–-«\"“„(");

    private static bool HasInnerCapital(string word) => word.Skip(1).Any(char.IsUpper) || word.Any(char.IsDigit);

    private static bool IsLatin(string word) => word.Length > 0 && word[0] < 'ʀ';

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string KeepCase(string written, string nominative) =>
        written.Length > 0 && char.IsUpper(written[0]) ? char.ToUpperInvariant(nominative[0]) + nominative[1..] : nominative;

    private Speaker? Institution(string text, List<SpanWord> words)
    {
        if (words.Count is 0 or > 4 || !words[0].IsCapitalised || SpeakerWords.Prepositions.Contains(words[0].Text)
            || text.AsSpan(words[0].Start, words[^1].End - words[0].Start).IndexOfAny(",;:()") >= 0)
        {
            return null;
        }

        foreach (var w in words)
        {
            if (!w.IsCapitalised && !Connectors.Contains(w.Text))
            {
                return null;
            }
        }

        if (words.Count == 1 && (PhraseStops.Contains(words[0].Text) || SentenceOpeners.Contains(words[0].Text)
            || (IsSentenceStart(text, words[0].Start) && !HasInnerCapital(words[0].Text))))
        {
            return null; // "Видання зазначає": a capital that only starts the sentence
        }

        var name = text[words[0].Start..words[^1].End];
        if (LooksLikePersonName(words))
        {
            var person = people.Find(name) ?? new Person(name, null, null, Gender.Unknown, 1);
            return new Speaker(person.Name, person);
        }

        if (site is not null && string.Equals(name, site, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new Speaker(name, null);
    }
}

/// <summary>What points back to a person: a personal/possessive pronoun or a role noun.</summary>
internal enum AnaphorKind
{
    Pronoun,
    Role,
}
