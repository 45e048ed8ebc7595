using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Sources;

/// <summary>Names of publications the gazetteer does not know, read from the places a name must stand:
/// right after a cue («…», a domain, a Latin name with "News"/"Agency"…), right before one, or after
/// a noun like "агентство" / "телеканал" / "newspaper".</summary>
internal static class UnknownOutletNames
{
    private const int MaxFillers = 3;
    private const int MaxCyrillicNameWords = 3;

    private static readonly Regex DomainShape = new(
        @"^[\p{L}\p{Nd}][\p{L}\p{Nd}\-]*(?:\.[\p{L}\p{Nd}\-]+)*\.(?:ru|ua|com|net|org|info|eu|uk|by|kz|md|pl|de|fr|io|news|media|tv|today|online|me)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Demonym = new(
        @"^[A-Z][a-z]+(?:ian|an|ese|ish|ch|ic)$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    // Words after a capitalised run that make it a programme, not a publication ("the Victoria Derbyshire TV show").
    private static readonly HashSet<string> ProgrammeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "show", "series", "programme", "program", "podcast", "film", "documentary",
    };

    private static readonly HashSet<string> LatinConnectors = new(StringComparer.Ordinal)
    {
        "of", "the", "de", "del", "della", "la", "le", "and", "&", "für", "am",
    };

    // The dot first: most words are asked, and the pattern needs one.
    public static bool IsDomain(string word) => word.Contains('.', StringComparison.Ordinal) && DomainShape.IsMatch(word);

    /// <summary>The name standing right after a cue that ends at <paramref name="cueEnd"/>.</summary>
    public static OutletMention? AfterCue(string text, IReadOnlyList<WordToken> words, int cueEnd)
    {
        var i = FirstWordFrom(words, cueEnd);
        var fillers = 0;
        var position = cueEnd;
        while (true)
        {
            var next = SkipSpaces(text, position);
            if (next < text.Length && QuotedName.IsOpening(text[next]))
            {
                return Quoted(text, next);
            }

            if (i >= words.Count || words[i].Start != next)
            {
                return null;
            }

            var word = words[i];
            if (IsDomain(word.Text))
            {
                return new OutletMention(word.Text, null, word.Start, word.End, false);
            }

            if (word.StartsUpper && word.IsLatin)
            {
                return LatinRun(text, words, i, requireOutletWord: true);
            }

            // Cyrillic cues may be followed by adjectives and a noun ("пише британське видання «…»"); in English only
            // "the" and an outlet noun stand between ("told the newspaper …"), not "wrote a TV series".
            var latinFillerOk = !word.IsLatin || word.Text == "the" || SourceCues.OutletNoun.IsMatch(word.Text);
            if (!char.IsLower(word.Text[0]) || fillers == MaxFillers || !latinFillerOk || SourceCues.StaffWord.IsMatch(word.Text)
                || SourceCues.OrganisationNoun.IsMatch(word.Text))
            {
                return null;
            }

            fillers++;
            position = word.End;
            i++;
        }
    }

    /// <summary>The name standing right before a cue that starts at <paramref name="cueStart"/> ("lenta.ru сообщает").</summary>
    public static OutletMention? BeforeCue(string text, IReadOnlyList<WordToken> words, int cueStart)
    {
        var end = cueStart;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '-' or '–' or '—'))
        {
            end--;
        }

        if (end > 0 && QuotedName.IsClosing(text[end - 1]) && QuotedName.ReadBefore(text, end) is { } q)
        {
            return new OutletMention(q.Name, null, q.Start, q.End - 1, true);
        }

        var last = words.Count - 1;
        while (last >= 0 && words[last].End > end)
        {
            last--;
        }

        if (last < 0 || words[last].End != end)
        {
            return null;
        }

        if (IsDomain(words[last].Text))
        {
            return new OutletMention(words[last].Text, null, words[last].Start, words[last].End, false);
        }

        var first = last;
        while (first > 0 && IsLatinNameWord(words[first - 1].Text, words[first - 1].StartsUpper)
            && OnlySpaceBetween(text, words[first - 1].End, words[first].Start))
        {
            first--;
        }

        return words[last].StartsUpper && words[last].IsLatin ? LatinRunBetween(words, first, last, requireOutletWord: true) : null;
    }

    /// <summary>The name after an outlet noun at word <paramref name="nounIndex"/> ("агентство dpa", "каналу CNBC").</summary>
    public static OutletMention? AfterNoun(string text, IReadOnlyList<WordToken> words, int nounIndex)
    {
        var next = SkipSpaces(text, words[nounIndex].End);
        if (next < text.Length && QuotedName.IsOpening(text[next]))
        {
            return Quoted(text, next);
        }

        var i = nounIndex + 1;
        if (i >= words.Count || words[i].Start != next)
        {
            return null;
        }

        var word = words[i];
        if (IsDomain(word.Text))
        {
            return new OutletMention(word.Text, null, word.Start, word.End, false);
        }

        var cyrillicSentence = words.Any(w => w.IsCyrillic);
        if (word.IsLatin && !word.IsCyrillic && (word.StartsUpper || cyrillicSentence))
        {
            // After the noun a Latin name may be lower-case ("агентство dpa").
            var last = i;
            while (last + 1 < words.Count && IsLatinNameWord(words[last + 1].Text, words[last + 1].StartsUpper)
                && words[last + 1].StartsUpper && OnlySpaceBetween(text, words[last].End, words[last + 1].Start))
            {
                last++;
            }

            return LatinRunBetween(words, i, last, requireOutletWord: false);
        }

        if (!word.StartsUpper || !word.IsCyrillic)
        {
            return null;
        }

        var end = i;
        while (end + 1 < words.Count && end + 1 - i < MaxCyrillicNameWords && words[end + 1].StartsUpper
            && OnlySpaceBetween(text, words[end].End, words[end + 1].Start))
        {
            end++;
        }

        return new OutletMention(text[words[i].Start..words[end].End], null, words[i].Start, words[end].End, false);
    }

    /// <summary>The Latin name right before an English outlet noun ("the Guardian newspaper").</summary>
    public static OutletMention? BeforeNoun(IReadOnlyList<WordToken> words, int nounIndex)
    {
        var last = nounIndex - 1;
        if (last < 0 || !words[last].StartsUpper || !words[last].IsLatin)
        {
            return null;
        }

        var first = last;
        while (first > 0 && IsLatinNameWord(words[first - 1].Text, words[first - 1].StartsUpper) && words[first - 1].StartsUpper)
        {
            first--;
        }

        // A capital at the start of the sentence proves nothing; "Australian magazine" is a nationality.
        if ((first == 0 && words[0].Start == 0 && first == last) || (first == last && Demonym.IsMatch(words[last].Text)))
        {
            return null;
        }

        return LatinRunBetween(words, first, last, requireOutletWord: false);
    }

    private static OutletMention? Quoted(string text, int open)
    {
        if (QuotedName.ReadAt(text, open) is not { } q)
        {
            return null;
        }

        // «Укренерго» у Telegram / на своєму сайті: an organisation speaking on its own channel, not a publication.
        var after = WordTokenizer.Tokenize(text[q.End..]).Take(4).ToList();
        var ownChannel = after.Any(w => SourceCues.OwnChannelWord.IsMatch(w.Text) || OutletGazetteer.Default.Resolve(w.Text) is { IsPlatform: true });
        return ownChannel ? null : new OutletMention(q.Name, null, q.Start, q.End - 1, true);
    }

    private static OutletMention? LatinRun(string text, IReadOnlyList<WordToken> words, int first, bool requireOutletWord)
    {
        var last = first;
        while (last + 1 < words.Count && IsLatinNameWord(words[last + 1].Text, words[last + 1].StartsUpper)
            && OnlySpaceBetween(text, words[last].End, words[last + 1].Start))
        {
            last++;
        }

        while (last > first && LatinConnectors.Contains(words[last].Text))
        {
            last--;
        }

        return LatinRunBetween(words, first, last, requireOutletWord);
    }

    private static OutletMention? LatinRunBetween(IReadOnlyList<WordToken> words, int first, int last, bool requireOutletWord)
    {
        var run = words.Skip(first).Take(last - first + 1).SkipWhile(w => LatinConnectors.Contains(w.Text)).ToList();
        if (run.Count == 0 || run.Any(w => w.IsCyrillic))
        {
            return null;
        }

        // An unknown capitalised run is a publication only when it ends in what it is ("Catholic News Agency",
        // "Kyiv Post"), opens with "Daily"/"Radio", or is titled like one mid-sentence ("The Kyiv Independent");
        // otherwise it is as likely a person ("Press Secretary Josh Earnest").
        var titled = run[0].Text == "The" && run.Count > 1 && run[0].Start > 0;
        var typed = SourceCues.OutletWordInName.IsMatch(run[^1].Text) || run[0].Text is "Daily" or "Radio";
        if (requireOutletWord && !titled && !typed)
        {
            return null;
        }

        // "TV" or "News" alone names nothing; a run that goes on into "show" is a programme.
        var named = run.Any(w => w.Text != "The" && !SourceCues.OutletWordInName.IsMatch(w.Text));
        var programme = last + 1 < words.Count && ProgrammeWords.Contains(words[last + 1].Text);
        if (!named || programme)
        {
            return null;
        }

        var name = string.Join(' ', run.Select(w => w.Text));
        return new OutletMention(name, null, run[0].Start, run[^1].End, false);
    }

    private static bool IsLatinNameWord(string word, bool startsUpper) =>
        !WordShape.HasCyrillic(word)
        && (startsUpper ? word.Any(char.IsLetter) : LatinConnectors.Contains(word));

    private static int FirstWordFrom(IReadOnlyList<WordToken> words, int offset)
    {
        var i = 0;
        while (i < words.Count && words[i].Start < offset)
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool OnlySpaceBetween(string text, int from, int to) =>
        from <= to && text[from..to].All(char.IsWhiteSpace);
}
