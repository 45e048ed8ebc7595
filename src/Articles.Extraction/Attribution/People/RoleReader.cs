namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Reads a role phrase next to a name: a title before it ("речник МЗС Олег Ніколенко", "Sen. Tim Kaine") or an
/// apposition after it ("Луї Боно – старший радник …", "Igor Khovaev, the Kremlin's special envoy …").
/// </summary>
internal static class RoleReader
{
    /// <summary>A role phrase; <paramref name="Possessive"/> when it opened with "its"/"його", pointing at the clause subject.</summary>
    internal sealed record Role(string Text, int FirstToken, int EndToken, bool Official, bool Possessive = false);

    // Possessives that can point back to an organisation or country ("its adviser", "його радник").
    private static readonly HashSet<string> OwnerPossessives = new(StringComparer.Ordinal)
    {
        "its", "their", "його", "її", "їхній", "їхня", "їх", "его", "ее", "её", "их",
    };

    private const int MaxRoleWords = 14;

    private static readonly HashSet<string> EnglishModifiers = new(StringComparer.Ordinal)
    {
        "former", "presidential", "vice", "top", "senior", "special", "deputy", "chief", "press", "national",
        "security", "foreign", "state", "federal", "acting", "interim", "current", "outgoing", "incoming", "then",
        "first", "disgraced", "embattled", "longtime", "campaign", "party", "assistant", "general", "executive",
        "prime", "defense", "homeland", "affairs", "attorney", "majority", "minority", "senate", "house", "white",
        "elect", "ranking", "lead", "leading", "retired", "republican", "democratic", "gop", "vice-presidential",
        "u.s.", "us", "new", "foreign-policy", "policy", "communications", "economic", "military", "intelligence",
    };

    private static readonly HashSet<string> EnglishJoiners = new(StringComparer.Ordinal)
    {
        "of", "for", "the", "on",
    };

    private static readonly HashSet<string> EnglishStops = new(StringComparer.Ordinal)
    {
        "who", "which", "that", "said", "says", "told", "added", "is", "was", "were", "has", "have", "had", "will",
        "would", "could", "should", "did", "does", "wrote", "tweeted", "announced", "argued", "noted", "according",
        "when", "while", "as", "but", "because", "after", "before", "since", "if", "whose", "where",
    };

    private static readonly string[] VerbEndings =
    [
        "ав", "ив", "ув", "яв", "ала", "ила", "іла", "ула", "яла", "ели", "али", "или", "ули", "яли", "ыли",
        "ся", "сь", "ає", "ює", "ує", "ить", "ать", "ять", "ють", "уть", "ал", "ил", "ел", "име", "ятиме", "атиме",
        "ет", "ют", "ит",
    ];

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "що", "что", "який", "яка", "які", "который", "которая", "как", "як", "але", "но", "а", "коли", "когда",
        "бо", "хоча", "хотя", "если", "якщо", "також", "также", "вже", "уже", "ще", "еще", "не",
    };

    /// <summary>The role phrase that ends right before token <paramref name="nameStart"/>, if any.</summary>
    public static Role? Before(IReadOnlyList<NameToken> tokens, int nameStart, string language)
    {
        // "… у Страсбурзі": a word governed by a preposition is not the person a title introduces.
        if (nameStart > 0 && Prepositions.Contains(tokens[nameStart - 1].Folded))
        {
            return null;
        }
        return language == "en" ? EnglishBefore(tokens, nameStart) : SlavicBefore(tokens, nameStart, language);
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "в", "у", "во", "на", "з", "із", "зі", "до", "від", "під", "над", "по", "при", "про", "за", "о", "об", "к", "ко",
        "с", "со", "от", "для", "без", "між", "меж", "между", "через", "після", "после", "перед", "из", "in", "at", "on",
        "from", "to", "by", "with", "near", "into", "of", "for",
    };

    /// <summary>An apposition after the name: ", the Kremlin's special envoy …" or "– старший радник …".</summary>
    public static Role? After(IReadOnlyList<NameToken> tokens, int nameEnd, string language)
    {
        // Skip a parenthesised original spelling: "Алессандро Монтедуро (Alessandro Monteduro), директор ACN".
        if (nameEnd < tokens.Count && tokens[nameEnd].Text == "(")
        {
            var close = nameEnd + 1;
            while (close < tokens.Count && close - nameEnd <= 6 && tokens[close].Text != ")")
            {
                close++;
            }
            if (close < tokens.Count - 1 && tokens[close].Text == ")")
            {
                nameEnd = close + 1;
            }
        }
        if (nameEnd >= tokens.Count - 1 || tokens[nameEnd].IsWord || !IsAppositionMark(tokens[nameEnd].Text))
        {
            return null;
        }
        var start = nameEnd + 1;
        var i = start;
        var titleAt = -1;
        var official = false;
        while (i < tokens.Count && i - start < MaxRoleWords)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Text is "'" or "’")
                {
                    i++;
                    continue;
                }
                break;
            }
            var lower = token.Folded;
            if (language == "en" ? EnglishStops.Contains(lower) : IsVerbLike(token) || Conjunctions.Contains(lower))
            {
                break;
            }
            // English: an apposition opens with an article, a modifier, a title or a capitalised word,
            // not with "saying" or "told".
            if (language == "en" && i == start && !token.IsCapitalised && !Determiners.Contains(lower)
                && !EnglishModifiers.Contains(lower) && !token.IsTitle("en"))
            {
                return null;
            }
            // A first name inside means the phrase is another person's title, not this one's apposition.
            if (token.IsCapitalised && titleAt >= 0 && token.FirstName is not null && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised)
            {
                return null;
            }
            var kind = token.TitleKind(language);
            if (kind != TitleLexicon.Kind.None && titleAt < 0)
            {
                titleAt = i;
                official = kind == TitleLexicon.Kind.Official;
            }
            else if (titleAt < 0 && i - start >= 5)
            {
                return null;
            }
            i++;
        }
        // "its senior adviser" → "senior adviser"; "the Kremlin's special envoy" keeps its article.
        var possessive = false;
        while (start < titleAt && (language == "en" ? Determiners.Contains(tokens[start].Folded) && tokens[start].Folded != "the"
            : OwnerPossessives.Contains(tokens[start].Folded)))
        {
            possessive |= OwnerPossessives.Contains(tokens[start].Folded);
            start++;
        }
        if (titleAt < 0 || i == start)
        {
            return null;
        }
        return new Role(Text(tokens, start, i), start, i, official, possessive);
    }

    private static bool IsAppositionMark(string mark) => mark is "," or "–" or "—" or "-" or "(";

    private static Role? SlavicBefore(IReadOnlyList<NameToken> tokens, int nameStart, string language)
    {
        // Nearest title word to the left, within one clause.
        var title = -1;
        for (var i = nameStart - 1; i >= 0 && nameStart - i <= MaxRoleWords; i--)
        {
            var token = tokens[i];
            if (!token.IsWord || (IsVerbLike(token) && !token.IsTitle(language)) || Conjunctions.Contains(token.Folded))
            {
                break;
            }
            if (!token.IsAllCaps && token.IsTitle(language))
            {
                title = i;
                break;
            }
        }
        if (title < 0)
        {
            return null;
        }
        // Extend over title chains ("заступник міністра") and modifiers ("спеціальний посланник", "екс-глава").
        var first = title;
        while (first > 0)
        {
            var previous = tokens[first - 1];
            if (!previous.IsWord || (previous.IsCapitalised && !IsSentenceStartWord(tokens, first - 1)))
            {
                break;
            }
            if (!previous.IsTitle(language) && !IsModifier(previous))
            {
                // "спикер палаты представителей": a title, its genitive complement, then the nearer title.
                if (first >= 2 && IsComplementNoun(previous, language) && tokens[first - 2] is { IsWord: true, IsCapitalised: false } head
                    && head.IsTitle(language))
                {
                    first -= 2;
                    continue;
                }
                break;
            }
            first--;
        }
        var official = false;
        for (var k = first; k < nameStart && !official; k++)
        {
            official = tokens[k].TitleKind(language) == TitleLexicon.Kind.Official;
        }
        // "советник президента США Дональда Трампа по безопасности Джон Болтон": leave the other person out.
        HashSet<int>? skip = null;
        for (var k = title + 1; k + 1 < nameStart; k++)
        {
            if (tokens[k].IsCapitalised && tokens[k].FirstName is not null && tokens[k + 1].IsCapitalised
                && !tokens[k + 1].IsAllCaps)
            {
                skip ??= [];
                skip.Add(k);
                skip.Add(k + 1);
            }
        }
        var role = new Role(Text(tokens, first, nameStart, skip), first, nameStart, official);
        return JoinedWithEarlierRole(tokens, role, language);
    }

    /// <summary>
    /// "заступник міністра охорони здоров’я, головний державний санітарний лікар Віктор Ляшко": two offices held at
    /// once, joined by a comma, are one role. A comma after another person's name ("міністр Іван Петренко,
    /// заступник …") is a list of people instead.
    /// </summary>
    private static Role JoinedWithEarlierRole(IReadOnlyList<NameToken> tokens, Role role, string language)
    {
        var comma = role.FirstToken - 1;
        if (comma < 2 || tokens[comma].Text != "," || !tokens[comma - 1].IsWord || (tokens[comma - 1].IsCapitalised && !tokens[comma - 1].IsAllCaps))
        {
            return role;
        }
        if (SlavicBefore(tokens, comma, language) is not { } earlier || earlier.Text.Contains(',', StringComparison.Ordinal))
        {
            return role;
        }
        for (var k = earlier.FirstToken; k < comma; k++)
        {
            var token = tokens[k];
            if (token.IsCapitalised && !token.IsAllCaps && (token.FirstName is not null
                || (k + 1 < comma && tokens[k + 1].IsCapitalised && !tokens[k + 1].IsAllCaps)))
            {
                return role;
            }
        }
        return new Role(earlier.Text + ", " + role.Text, earlier.FirstToken, role.EndToken, role.Official || earlier.Official);
    }

    private static bool IsComplementNoun(NameToken token, string language) =>
        !token.IsCapitalised && !IsVerbLike(token) && !Conjunctions.Contains(token.Folded) && !Prepositions.Contains(token.Folded)
        && !token.IsTitle(language) && token.Folded.Length > 3;

    private static bool IsSentenceStartWord(IReadOnlyList<NameToken> tokens, int index) =>
        tokens[index].IsWord && (index == 0 || tokens[index - 1].Text is "." or "!" or "?" or "«" or "\"" or "„");

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "its", "his", "her", "their", "the", "a", "an", "our" };

    private static Role? EnglishBefore(IReadOnlyList<NameToken> tokens, int nameStart)
    {
        // "Ryan's spokeswoman, AshLee Strong": the title phrase, a comma, then the name.
        if (nameStart >= 2 && tokens[nameStart - 1].Text == "," && tokens[nameStart - 2].IsTitle("en")
            && EnglishBefore(tokens, nameStart - 1) is { } commaRole)
        {
            return commaRole;
        }
        return EnglishTitlePhrase(tokens, nameStart);
    }

    private static Role? EnglishTitlePhrase(IReadOnlyList<NameToken> tokens, int nameStart)
    {
        var first = nameStart;
        var hasTitle = false;
        var official = false;
        for (var i = nameStart - 1; i >= 0 && nameStart - i <= 8; i--)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                break;
            }
            var lower = token.Folded;
            var kind = token.TitleKind("en");
            if (kind != TitleLexicon.Kind.None)
            {
                hasTitle = true;
                official |= kind == TitleLexicon.Kind.Official;
                first = i;
                continue;
            }
            if (Determiners.Contains(lower) && lower is not ("the" or "a" or "an"))
            {
                break;
            }
            // A capitalised word belongs to the title ("Fed Chair", "Treasury Secretary"), even first in the
            // sentence, unless it is a common sentence opener ("The", "In").
            if (EnglishModifiers.Contains(lower) || (token.IsCapitalised && !EnglishStops.Contains(lower)
                && (!IsSentenceStartWord(tokens, i) || !PersonFinder.IsCommonCapitalisedWord(lower))))
            {
                first = i;
                continue;
            }
            if (EnglishJoiners.Contains(lower) && i > 0 && (tokens[i - 1].IsCapitalised || tokens[i - 1].IsTitle("en")) && lower != "the")
            {
                first = i;
                continue;
            }
            break;
        }
        // The phrase must start and end on content words, and end with the title or a capitalised word.
        while (first < nameStart && EnglishJoiners.Contains(tokens[first].Folded))
        {
            first++;
        }
        if (!hasTitle || first >= nameStart || !Enumerable.Range(first, nameStart - first).Any(k => tokens[k].IsTitle("en")))
        {
            return null;
        }
        // "the Philippines under its new president, Rodrigo Duterte": the owner is named earlier in the sentence.
        var possessive = first > 0 && OwnerPossessives.Contains(tokens[first - 1].Folded);
        return new Role(Text(tokens, first, nameStart), first, nameStart, official, possessive);
    }

    /// <summary>
    /// Whether a role's head title is a public one. The head is the first title word in uk/ru ("корреспондент
    /// Die Welt", "заступник міністра") and the last one before "of/for/at/in" in English ("chief market strategist").
    /// </summary>
    public static bool IsOfficialRole(string role, string language)
    {
        var tokens = NameTokenizer.Split(role).Where(t => t.IsWord).ToList();
        var head = TitleLexicon.Kind.None;
        foreach (var token in tokens)
        {
            var kind = token.TitleKind(language);
            if (language != "en" && kind != TitleLexicon.Kind.None)
            {
                return kind == TitleLexicon.Kind.Official;
            }
            if (language == "en")
            {
                if (token.Folded is "of" or "for" or "at" or "in" && head != TitleLexicon.Kind.None)
                {
                    break;
                }
                head = kind == TitleLexicon.Kind.None ? head : kind;
            }
        }
        return head == TitleLexicon.Kind.Official;
    }

    internal static bool IsVerbLike(NameToken token)
    {
        if (token.IsCapitalised)
        {
            return false;
        }
        var lower = token.Folded;
        return lower.Length > 4 && VerbEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));
    }

    private static bool IsModifier(NameToken token)
    {
        var lower = token.Folded;
        if (lower.StartsWith("екс", StringComparison.Ordinal) || lower.StartsWith("экс", StringComparison.Ordinal)
            || (char.IsDigit(lower[0]) && lower.Contains('-', StringComparison.Ordinal)))
        {
            return true;
        }
        if (char.IsDigit(lower[0]) || PersonFinder.IsCommonCapitalisedWord(lower))
        {
            return false;
        }
        // Verbal nouns ("оточення", "рішення") end like soft adjectives but are not modifiers.
        if (lower.EndsWith("ння", StringComparison.Ordinal) || lower.EndsWith("ття", StringComparison.Ordinal))
        {
            return false;
        }
        string[] endings =
        [
            "ий", "ій", "ый", "ой", "ая", "яя", "ська", "цька", "на", "ня", "ша", "ого", "ому", "ему", "его", "ым", "ої",
            "ую", "ьої",
        ];
        return lower.Length > 3 && endings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The role text of tokens [from, to), spaced as in the source.</summary>
    internal static string TextOf(IReadOnlyList<NameToken> tokens, int from, int to) => Text(tokens, from, to);

    private static string Text(IReadOnlyList<NameToken> tokens, int from, int to, HashSet<int>? skip = null)
    {
        var parts = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (skip is not null && skip.Contains(k))
            {
                continue;
            }
            if (k > from && (tokens[k].Start > tokens[k - 1].End || (skip?.Contains(k - 1) ?? false)))
            {
                parts.Append(' ');
            }
            parts.Append(tokens[k].Text);
        }
        var text = parts.ToString().Trim(RoleEdgeMarks);
        return LowerFirst(text);
    }

    private static readonly char[] RoleEdgeMarks = [',', ' ', '–', '—', '-'];

    private static string LowerFirst(string text)
    {
        // English keeps its capitals ("Prime Minister", "House Speaker"); uk/ru titles are lower-case.
        if (text.Length < 2 || !SurnameDeclension.IsCyrillic(text[..Math.Min(3, text.Length)]) || !char.IsUpper(text[0]) || char.IsUpper(text[1]))
        {
            return text;
        }
        return LowerCase.Of(text[0]) + text[1..];
    }
}
