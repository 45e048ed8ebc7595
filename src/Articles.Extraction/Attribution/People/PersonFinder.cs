namespace Articles.Extraction.Attribution.People;

/// <summary>Finds person names (with role and affiliation when the text gives them) in one text span.</summary>
public static class PersonFinder
{
    private const int MaxNameWords = 3;

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "пан", "пані", "господин", "госпожа" };

    // English titles that only ever precede a person, so "President Obama" is a name even without a first name.
    private static readonly HashSet<string> PersonOnlyTitles = new(StringComparer.Ordinal)
    {
        "president", "sen.", "senator", "gov.", "governor", "rep.", "secretary", "mayor", "minister", "chancellor",
        "speaker", "judge", "justice", "ambassador", "gen.", "general", "adm.", "lt.", "col.", "capt.", "sgt.",
        "premier", "leader", "spokesman", "spokeswoman", "director", "chairman", "chairwoman", "envoy", "adviser",
        "advisor", "candidate", "nominee", "commissioner", "congressman", "congresswoman", "sheriff", "sens.", "reps.",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "da", "di", "du", "le", "la", "der", "den", "bin", "ibn", "al", "el", "аль", "ель", "фон", "ван", "де", "дер", "ла", "ле",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
        "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "i", "it", "he", "she", "they", "we", "this", "that", "the", "a", "in", "on", "but", "and", "for", "as", "at", "by", "if",
        "mr", "mrs", "ms", "dr", "sir", "mr.", "mrs.", "ms.", "dr.", "valley", "hill", "hills", "park", "river", "lake",
        "mountain", "road", "avenue", "square", "bridge", "island", "bay", "beach", "north", "south", "east", "west",
        "central", "chapter", "video", "book", "hours", "between",
        // Organisation and place nouns that head capitalised names of institutions, not people.
        "party", "committee", "department", "senate", "congress", "campaign", "foundation", "university", "institute",
        "center", "centre", "council", "ministry", "agency", "office", "administration", "court", "street", "news",
        "post", "times", "journal", "group", "bank", "inc", "ltd", "corp", "company", "association", "union", "club",
        "league", "church", "school", "college", "state", "states", "city", "county", "republic", "kingdom", "federation",
        "штатів", "штати", "штатах", "штатам", "штатов", "штаты", "штатах", "партія", "партії", "партия", "партии",
        "міністерство", "министерство", "університет", "университет", "рада", "ради", "совет", "уряд", "правительство",
    };

    internal static bool IsCommonCapitalisedWord(string folded) => NotNames.Contains(folded);

    public static IReadOnlyList<PersonMention> Find(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lang = LanguageGuess.Normalise(language, text);
        var tokens = NameTokenizer.Split(text);
        return Find(text, tokens, lang, KnownNames.None);
    }

    /// <summary>Mentions in one span; <paramref name="known"/> are names found earlier, so a lone surname can match them.</summary>
    internal static List<PersonMention> Find(string text, IReadOnlyList<NameToken> tokens, string lang, KnownNames known) =>
        Find(text, tokens, lang, known, 0, []);

    /// <summary>
    /// The same reading from the run of capitalised words at token <paramref name="from"/> on, after
    /// <paramref name="before"/>, the mentions an earlier reading found before it (runs do not depend on names known).
    /// </summary>
    internal static List<PersonMention> Find(string text, IReadOnlyList<NameToken> tokens, string lang, KnownNames known, int from, IEnumerable<PersonMention> before)
    {
        var found = new List<PersonMention>(before);
        var i = from;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && (tokens[end].IsCapitalised || IsHyphenatedParticle(tokens[end])
                || (IsParticle(tokens[end]) && ParticlesLeadToName(tokens, end))))
            {
                end++;
            }
            known.At(i);
            if (ReadName(text, tokens, i, end, lang, found, known) is { } mention)
            {
                found.Add(SharedRole(mention, found, tokens, i, lang));
            }
            i = end;
        }
        return found;
    }

    private static PersonMention? ReadName(string text, IReadOnlyList<NameToken> tokens, int runStart, int runEnd, string lang, List<PersonMention> earlier, KnownNames known)
    {
        var start = -1;
        for (var k = runStart; k < runEnd; k++)
        {
            var token = tokens[k];
            if ((token.IsInitial || token.FirstName is not null) && k + 1 < runEnd && !IsNonName(tokens, k + 1, lang))
            {
                start = k;
                break;
            }
        }
        var byFirstName = start >= 0;
        if (!byFirstName)
        {
            start = runStart;
            for (var k = runStart; k < runEnd; k++)
            {
                if (IsNonName(tokens, k, lang) || tokens[k].IsTitle(lang))
                {
                    start = k + 1;
                }
            }
        }
        if (start >= runEnd)
        {
            return null;
        }
        var end = start + 1;
        var particles = 0;
        while (end < runEnd && end - start < MaxNameWords + particles && !IsNonName(tokens, end, lang))
        {
            particles += IsParticle(tokens[end]) ? 1 : 0;
            end++;
        }
        // A title-case headline ("Donald Trump Claims …"): keep the name the article uses elsewhere.
        if (end - start == 3 && known.ContainsFullName(text[tokens[start].Start..tokens[start + 1].End]))
        {
            end--;
        }
        var words = end - start;
        if (start > runStart && IsParticle(tokens[start - 1]) && tokens[start - 1].IsCapitalised)
        {
            // "Фон дер Ляєн" at a sentence start: the capitalised particle belongs to the surname.
            start--;
            words++;
        }
        // Role phrases are read only when an answer needs them: most capitalised runs are no name at all.
        RoleReader.Role? roleBefore = null, roleAfter = null;
        bool readBefore = false, readAfter = false;
        RoleReader.Role? Before()
        {
            if (!readBefore)
            {
                roleBefore = RoleReader.Before(tokens, start, lang);
                readBefore = true;
            }
            return roleBefore;
        }
        RoleReader.Role? After()
        {
            if (!readAfter)
            {
                roleAfter = RoleReader.After(tokens, end, lang);
                readAfter = true;
            }
            return roleAfter;
        }
        var sentenceStart = IsSentenceStart(tokens, start);
        var surface = text[tokens[start].Start..tokens[end - 1].End];
        // Asked twice of a lone word (to accept it, then to keep it at a sentence start): read once.
        bool? surfaceKnown = null;
        bool SurfaceKnown() => surfaceKnown ??= MatchesKnown(surface, earlier, known, lang);
        var accepted = (byFirstName && words >= 2)
            || (Before() is not null && !(sentenceStart && words == 1) && !(words == 1 && LooksLikeAdjective(tokens, start))
                && (lang != "en" || byFirstName || words >= 2 || PersonOnlyTitles.Contains(tokens[start - 1].Folded)))
            || (start > 0 && Honorifics.Contains(tokens[start - 1].Folded))
            || (words >= 2 && !sentenceStart && lang != "en" && SurnameShape.HasSurnameSuffix(tokens[end - 1].Text))
            || (words >= 2 && After() is { Official: true })
            || (words == 1 && SurfaceKnown());
        if (!accepted && words >= 2 && MatchesKnown(tokens[end - 1].Text, earlier, known, lang))
        {
            // "Прихильники Трампа": a sentence-initial word before a known surname.
            start = end - 1;
            surface = tokens[start].Text;
            surfaceKnown = null;
            words = 1;
            roleBefore = null;
            readBefore = true;
            accepted = true;
        }
        if (!accepted || words > MaxNameWords + particles)
        {
            return null;
        }
        if (words == 1 && (sentenceStart && Before() is null && !SurfaceKnown()))
        {
            return null;
        }
        var role = Before() ?? After();
        var name = PersonNames.ToNominative(surface, lang);
        if (role is not null && ReferenceEquals(role, roleBefore) && !string.Equals(name, surface, StringComparison.Ordinal))
        {
            role = TitleTheNameAgreesWith(tokens, role, lang);
        }
        var nationality = role is null ? null : LeadingNationality(tokens, role, lang) ?? LeadingNationalAdjective(tokens, role, lang);
        role = nationality?.Remainder ?? role;
        var affiliation = nationality?.Affiliation ?? (role is null ? null : AffiliationOf(tokens, role, start, lang));
        var roleText = role is null ? null : RoleNominative.Apply(role.Text, lang);
        return new PersonMention(name, surface, roleText, affiliation, GenderOf(tokens[start], name, lang), tokens[start].Start, surface.Length);
    }

    /// <summary>
    /// "Советник президента США Дональда Трампа": a declined name agrees with the genitive title next to it, not with
    /// the nominative head ("советник"), so the person's role is "президента США" (made nominative later).
    /// </summary>
    private static RoleReader.Role TitleTheNameAgreesWith(IReadOnlyList<NameToken> tokens, RoleReader.Role role, string lang)
    {
        if (lang == "en")
        {
            return role;
        }
        var head = -1;
        for (var k = role.FirstToken; k < role.EndToken; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsTitle(lang))
            {
                continue;
            }
            var nominative = RoleNominative.Apply(tokens[k].Folded, lang);
            if (head < 0)
            {
                if (!string.Equals(nominative, tokens[k].Folded, StringComparison.Ordinal))
                {
                    return role;
                }
                head = k;
            }
            else if (!string.Equals(nominative, tokens[k].Folded, StringComparison.Ordinal))
            {
                return role with { Text = RoleReader.TextOf(tokens, k, role.EndToken), FirstToken = k };
            }
        }
        return role;
    }

    /// <summary>
    /// "український президент" → "президент України": a uk/ru nationality adjective before the title is cited as the
    /// country in the genitive after it, the way a role names its country ("президент США").
    /// </summary>
    private static (RoleReader.Role Remainder, string Affiliation)? LeadingNationalAdjective(IReadOnlyList<NameToken> tokens, RoleReader.Role role, string lang)
    {
        if (lang == "en" || role.EndToken - role.FirstToken < 2 || (tokens[role.FirstToken].IsCapitalised && role.FirstToken > 0)
            || AffiliationGazetteer.MatchAt(tokens, role.FirstToken) is not { Entry.Country: true, TokenCount: 1 } hit
            || !IsAdjective(tokens[role.FirstToken].Folded)
            || !tokens[role.FirstToken + 1].IsTitle(lang)
            || AffiliationGazetteer.AffiliationIn(tokens, role.FirstToken + 1, role.EndToken, lang) is not null)
        {
            return null;
        }
        var country = hit.Entry.For(lang);
        if (CountryGenitive.Of(country, lang) is not { } genitive)
        {
            return null;
        }
        var first = role.FirstToken + 1;
        var text = RoleReader.TextOf(tokens, first, role.EndToken) + " " + (char.IsLower(country[0]) ? genitive : char.ToUpperInvariant(genitive[0]) + genitive[1..]);
        return (role with { Text = text, FirstToken = first }, country);
    }

    // "американський", "российского": an -ськ-/-ск- stem with an adjective ending, not a noun like "Дамаск".
    private static bool IsAdjective(string folded) =>
        (folded.Contains("ськ", StringComparison.Ordinal) || folded.Contains("цьк", StringComparison.Ordinal)
            || folded.Contains("зьк", StringComparison.Ordinal) || folded.Contains("ск", StringComparison.Ordinal))
        && "аеиіїйоуыюяэ".Contains(folded[^1], StringComparison.Ordinal);

    /// <summary>
    /// "Armenian Prime Minister": in English the leading nationality is the affiliation and the role is "Prime
    /// Minister"; an organisation left in the role ("U.S. Republican presidential nominee") names the affiliation
    /// instead. A lone title word ("Syrian President") keeps its nationality: "President" alone says too little.
    /// </summary>
    private static (RoleReader.Role Remainder, string Affiliation)? LeadingNationality(IReadOnlyList<NameToken> tokens, RoleReader.Role role, string lang)
    {
        if (lang != "en" || role.EndToken - role.FirstToken < 3
            || AffiliationGazetteer.LeadingNationality(tokens, role.FirstToken) is not { } nationality)
        {
            return null;
        }
        var first = role.FirstToken + 1;
        var rest = role with { Text = RoleReader.TextOf(tokens, first, role.EndToken), FirstToken = first };
        return (rest, AffiliationGazetteer.AffiliationIn(tokens, first, role.EndToken, lang) ?? nationality.Entry.For(lang));
    }

    /// <summary>"GOP Sens. Kelly Ayotte and Richard Burr": the second of two joined names shares the first one's title.</summary>
    private static PersonMention SharedRole(PersonMention mention, List<PersonMention> found, IReadOnlyList<NameToken> tokens, int runStart, string lang)
    {
        if (mention.Role is not null || found.Count == 0 || runStart < 2 || !Conjunctions.Contains(tokens[runStart - 1].Folded))
        {
            return mention;
        }
        var previous = found[^1];
        var joinedDirectly = previous.Start + previous.Length == tokens[runStart - 2].End && tokens[runStart - 2].IsWord;
        return joinedDirectly && previous.Role is not null && !previous.Name.Equals(mention.Name, StringComparison.Ordinal)
            ? mention with { Role = previous.Role, Affiliation = previous.Affiliation }
            : mention;
    }

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "і", "та", "й", "и" };

    private static bool MatchesKnown(string surface, List<PersonMention> earlier, KnownNames known, string lang) =>
        known.HasSurname(surface)
        || earlier.Any(m => m.Name.Contains(' ', StringComparison.Ordinal) && PersonNames.SamePerson(m.Name, surface, lang));

    /// <summary>Affiliation: the subject of a list item ("Євросоюз – представник …"), else what the role names.</summary>
    private static string? AffiliationOf(IReadOnlyList<NameToken> tokens, RoleReader.Role role, int nameStart, string lang)
    {
        if (role.Possessive && AffiliationGazetteer.OwnerBefore(tokens, nameStart, lang) is { } subject)
        {
            return subject;
        }
        var dash = role.FirstToken - 1;
        if (dash >= 1 && tokens[dash].Text is "–" or "—" or "-")
        {
            for (var k = dash - 1; k >= 0 && dash - k <= 3 && tokens[k].IsWord; k--)
            {
                if (AffiliationGazetteer.MatchAt(tokens, k) is { Entry.PlaceOnly: false } hit && hit.TokenIndex + hit.TokenCount == dash)
                {
                    return hit.Entry.For(lang);
                }
            }
        }
        return AffiliationGazetteer.AffiliationIn(tokens, role.FirstToken, role.EndToken, lang)
            ?? AcronymOrganisation(tokens, role, lang);
    }

    /// <summary>
    /// "главврач ЦГБ Бердска": an organisation the gazetteer does not know, named by an acronym after the title,
    /// with the capitalised words that complete it.
    /// </summary>
    private static string? AcronymOrganisation(IReadOnlyList<NameToken> tokens, RoleReader.Role role, string lang)
    {
        if (lang == "en")
        {
            return null;
        }
        var sawTitle = false;
        for (var k = role.FirstToken; k < role.EndToken; k++)
        {
            var token = tokens[k];
            if (token.IsTitle(lang))
            {
                sawTitle = true;
                continue;
            }
            if (!sawTitle || !token.IsWord || !token.IsAllCaps || token.Text.Count(char.IsLetter) < 2)
            {
                continue;
            }
            var end = k + 1;
            while (end < role.EndToken && tokens[end].IsWord && tokens[end].IsCapitalised)
            {
                end++;
            }
            return string.Join(" ", Enumerable.Range(k, end - k).Select(i => tokens[i].Text));
        }
        return null;
    }

    private static Gender GenderOf(NameToken firstWord, string name, string lang)
    {
        if (firstWord.FirstName is { } entry)
        {
            return entry.Gender;
        }
        if (lang == "en")
        {
            return Gender.Unknown;
        }
        var last = LowerCase.Of(name[(name.LastIndexOf(' ') + 1)..]);
        return WordShape.EndsWithAny(last, FemaleSurnameEndings) ? Gender.Female
            : WordShape.EndsWithAny(last, MaleSurnameEndings) ? Gender.Male
            : Gender.Unknown;
    }

    private static readonly string[] FemaleSurnameEndings = ["ська", "цька", "ская", "цкая", "ова", "ева", "єва", "іна", "ина"];
    private static readonly string[] MaleSurnameEndings = ["ський", "цький", "ский", "цкий", "ов", "ев", "єв", "ін", "ин"];

    private static bool IsNonName(IReadOnlyList<NameToken> tokens, int index, string lang)
    {
        var token = tokens[index];
        return !token.IsInitial && (token.IsAllCaps || NotNames.Contains(token.Folded)
            || AffiliationGazetteer.MatchAt(tokens, index) is not null
            || (lang == "en" && token.IsTitle(lang)));
    }

    // "президент невизнаної Нагірно-Карабахської республіки", "речник Повітряних сил ЗСУ Юрій Ігнат": a capitalised
    // adjective inside a title phrase, followed by its noun and (often) the real name.
    private static bool LooksLikeAdjective(IReadOnlyList<NameToken> tokens, int index)
    {
        if (index + 1 >= tokens.Count || !tokens[index + 1].IsWord || tokens[index + 1].IsCapitalised)
        {
            return false;
        }
        var lower = tokens[index].Folded;
        if (WordShape.EndsWithAny(lower, PluralOrObliqueEndings))
        {
            return true;
        }
        if (!WordShape.EndsWithAny(lower, AdjectiveEndings))
        {
            return false;
        }
        // Ambiguous with a surname ("президент Зеленський заявив"): an adjective's phrase runs on to another name.
        for (var k = index + 1; k < tokens.Count && k <= index + 4 && tokens[k].IsWord; k++)
        {
            if (tokens[k].IsCapitalised)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] PluralOrObliqueEndings = ["их", "іх", "ых", "ської", "ського", "ской", "ского", "цької", "цького", "ної", "ного", "ной"];
    private static readonly string[] AdjectiveEndings = ["ська", "цька", "ская", "цкая", "ський", "ский", "ний", "на", "ная", "ого", "ої", "ий", "ый", "ая", "ое", "ее", "ей", "ій"];

    // "фон дер Ляєн", "van der Bellen": particles that end in a capitalised name.
    private static bool ParticlesLeadToName(IReadOnlyList<NameToken> tokens, int index)
    {
        var k = index;
        while (k < tokens.Count && k - index < 3 && IsParticle(tokens[k]))
        {
            k++;
        }
        return k < tokens.Count && tokens[k].IsCapitalised && k > index;
    }

    // "al-Assad", "ben-Gurion": a particle joined to a capitalised name.
    private static bool IsHyphenatedParticle(NameToken token)
    {
        var dash = token.Text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < token.Text.Length && char.IsUpper(token.Text[dash + 1]) && IsParticle(token);
    }

    private static bool IsParticle(NameToken token)
    {
        var folded = token.Folded;
        var dash = folded.IndexOf('-', StringComparison.Ordinal);
        return token.IsWord && (Particles.Contains(folded) || (dash > 0 && Particles.Contains(folded[..dash])));
    }

    private static bool IsSentenceStart(IReadOnlyList<NameToken> tokens, int index) =>
        index == 0 || tokens[index - 1].Text is "." or "!" or "?" or "«" or "\"" or "“" or "„" or ":" or "—" or "–";
}
