using System.Globalization;

namespace Articles.Extraction.Attribution;

/// <summary>
/// A fixed list of cue phrases ("за даними", "со ссылкой на", "according to") found as whole words, ignoring case, left
/// to right and without overlaps; at one position the first phrase of the list that matches wins. In a phrase a space
/// stands for any run of white space, '*' for any further letters, '\'' for any apostrophe; a final ':' may follow
/// white space, and a phrase ending in ':' or a space needs no word boundary after it.
/// </summary>
/// <remarks>Several lists can share one pass, each found as if searched alone: a hit keeps the number of its list as
/// <see cref="CueHit.Kind"/>. Replaces alternations of compiled regular expressions that every body sentence ran
/// through: a lookup by the first letters and a character loop cost a fraction of the regex engine's search for the
/// next possible start.</remarks>
internal sealed class CuePhrases
{
    // Phrases by their first three characters (white space read as one ' '): most words of a sentence start no
    // phrase, and a bit for those three says so before the dictionary is asked. Three, because "в …", "по…" and
    // "за…" open many phrases and many more words.
    private readonly Dictionary<long, (string Phrase, int Kind)[]> _byOpening;
    private readonly HashBits _mayOpen = new(8192);
    private readonly int _lists;

    public CuePhrases(params string[] phrases)
        : this([phrases])
    {
    }

    /// <param name="lists">Phrase lists searched in one pass; a hit's kind is the index of its list.</param>
    public CuePhrases(IReadOnlyList<string[]> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count > 64)
        {
            throw new ArgumentException("At most 64 lists are searched together.", nameof(lists));
        }

        _lists = lists.Count;
        var phrases = lists.SelectMany((list, kind) => list.Select(p => (Phrase: p.ToLowerInvariant(), Kind: kind))).ToList();
        if (phrases.FirstOrDefault(p => !HasPlainOpening(p.Phrase)) is { Phrase: { } odd })
        {
            throw new ArgumentException($"A cue phrase opens with a letter and two more letters or spaces: \"{odd}\".", nameof(lists));
        }

        _byOpening = phrases
            .GroupBy(p => Opening(p.Phrase[0], p.Phrase[1], p.Phrase[2]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var (phrase, _) in phrases)
        {
            _mayOpen.Add(Opening(phrase[0], phrase[1], phrase[2]));
        }
    }

    /// <summary>
    /// Every match, in order of position. Each list is searched as if alone: its matches do not overlap one another,
    /// and at one position its first phrase that matches wins, whatever another list matched there.
    /// </summary>
    public IReadOnlyList<CueHit> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<CueHit>? hits = null;
        // Where each list may match again: after its last match.
        Span<int> free = stackalloc int[_lists];
        free.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            AddAt(text, i, free, ref hits);
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
        }

        return hits is null ? [] : hits;
    }

    /// <summary>A phrase that starts exactly at <paramref name="start"/>, or null.</summary>
    public CueHit? MatchAt(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        return start < text.Length && !(start > 0 && IsWordChar(text[start - 1])) ? AtWordStart(text, start) : null;
    }

    private CueHit? AtWordStart(string text, int start)
    {
        if (Candidates(text, start) is not { } phrases)
        {
            return null;
        }

        foreach (var (phrase, kind) in phrases)
        {
            var end = MatchEnd(text, start, phrase);
            if (end >= 0)
            {
                return new CueHit(start, end - start, kind);
            }
        }

        return null;
    }

    private void AddAt(string text, int start, Span<int> free, ref List<CueHit>? hits)
    {
        if (Candidates(text, start) is not { } phrases)
        {
            return;
        }

        var matched = 0UL;
        foreach (var (phrase, kind) in phrases)
        {
            if (start < free[kind] || (matched & (1UL << kind)) != 0)
            {
                continue;
            }

            var end = MatchEnd(text, start, phrase);
            if (end >= 0)
            {
                (hits ??= []).Add(new CueHit(start, end - start, kind));
                free[kind] = end;
                matched |= 1UL << kind;
            }
        }
    }

    // The phrases whose opening the word at start has, or null.
    private (string Phrase, int Kind)[]? Candidates(string text, int start)
    {
        var first = LowerCase.Of(text[start]);
        var at = start + 1;
        if (!Read(text, ref at, out var second) || !Read(text, ref at, out var third))
        {
            return null;
        }

        var opening = Opening(first, second, third);
        return _mayOpen.MayContain(opening) && _byOpening.TryGetValue(opening, out var phrases) ? phrases : null;
    }

    // The next character of an opening: lower-cased, or ' ' for a run of white space.
    private static bool Read(string text, ref int at, out char c)
    {
        if (at >= text.Length)
        {
            c = '\0';
            return false;
        }

        c = text[at];
        if (!char.IsWhiteSpace(c))
        {
            c = LowerCase.Of(c);
            at++;
            return true;
        }

        c = ' ';
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return true;
    }

    // A letter, then two letters or single spaces: the characters an opening is read from.
    private static bool HasPlainOpening(string phrase) =>
        phrase.Length >= 3 && char.IsLetter(phrase[0]) && (char.IsLetter(phrase[1]) || phrase[1] == ' ')
        && (char.IsLetter(phrase[2]) || (phrase[2] == ' ' && phrase[1] != ' '));

    private static long Opening(char first, char second, char third) => ((long)first << 32) | ((long)second << 16) | third;

    // The end of the phrase's match at start, or -1.
    private static int MatchEnd(string text, int start, string phrase)
    {
        var t = start;
        for (var k = 0; k < phrase.Length; k++)
        {
            var p = phrase[k];
            switch (p)
            {
                case '*':
                    while (t < text.Length && char.IsLetter(text[t]))
                    {
                        t++;
                    }

                    continue;
                case ' ':
                    if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                    {
                        return -1;
                    }

                    while (t < text.Length && char.IsWhiteSpace(text[t]))
                    {
                        t++;
                    }

                    continue;
                case ':' when k == phrase.Length - 1:
                    while (t < text.Length && char.IsWhiteSpace(text[t]))
                    {
                        t++;
                    }

                    return t < text.Length && text[t] == ':' ? t + 1 : -1;
                case '\'':
                    if (t >= text.Length || text[t] is not ('\'' or '’' or 'ʼ'))
                    {
                        return -1;
                    }

                    t++;
                    continue;
                default:
                    if (t >= text.Length || LowerCase.Of(text[t]) != p)
                    {
                        return -1;
                    }

                    t++;
                    continue;
            }
        }

        return phrase[^1] == ' ' || t == text.Length || !IsWordChar(text[t]) ? t : -1;
    }

    // A regex word character (letters, combining marks, digits, connectors) or a zero-width joiner.
    private static readonly CharTable WordChars = new(c => c is '\u200D' or '\u200C' || char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation);

    private static bool IsWordChar(char c) => WordChars.Contains(c);
}

/// <summary>Where a cue phrase matched.</summary>
internal readonly record struct CueHit(int Index, int Length, int Kind = 0)
{
    public int End => Index + Length;
}
