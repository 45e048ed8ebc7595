namespace Articles.Extraction.Attribution.Sources;

/// <summary>Finds the publications one sentence cites: known outlets in a sentence with a media cue (or next to
/// a reporting verb or an outlet noun), platforms where something was posted, and unknown names in the places
/// a cue gives them. Drops photo credits, staff affiliations ("кореспондент Укрінформу") and promos.</summary>
internal static class SentenceSourceScanner
{
    private const int PlatformPrepositionReach = 3;

    /// <param name="sentence">The sentence text.</param>
    /// <param name="publisherKnown">The page names its publisher; when it does not, an unquoted outlet that relays
    /// another ("ONLINE.UA з посиланням на CNN") is taken to be the publisher speaking of itself.</param>
    /// <param name="isLinked">Whether a character range of the sentence is link text.</param>
    /// <param name="sentenceCues">The sentence's <see cref="SentenceCues"/> when already found.</param>
    public static SentenceScan Scan(string sentence, bool publisherKnown, Func<int, int, bool> isLinked, IReadOnlyList<CueHit>? sentenceCues = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(isLinked);
        var hits = sentenceCues ?? SentenceCues.Of(sentence);
        if (sentence.Length == 0 || hits.Any(h => h.Kind == SentenceCues.Promo))
        {
            return SentenceScan.None;
        }

        var words = WordTokenizer.Tokenize(sentence);
        var cues = Cues(sentence, hits);
        var hasCue = cues.Count > 0;
        var found = new List<OutletMention>();

        FindKnown(sentence, words, hasCue, found);
        if (found.Count == 0 && !hasCue)
        {
            // Most sentences: no cue and no known outlet, so nothing to resolve or drop.
            return SentenceScan.None;
        }
        if (hasCue)
        {
            foreach (var cue in cues)
            {
                AddIfNew(found, UnknownOutletNames.AfterCue(sentence, words, cue.Index + cue.Length));
                AddIfNew(found, UnknownOutletNames.BeforeCue(sentence, words, cue.Index));
            }

            for (var i = 0; i < words.Count; i++)
            {
                if (IsOutletNoun(words, i))
                {
                    // The name after the noun wins: in "Australian magazine Stellar" the word before is an adjective.
                    AddIfNew(found, UnknownOutletNames.AfterNoun(sentence, words, i) ?? UnknownOutletNames.BeforeNoun(words, i));
                }
            }
        }

        var mentions = found
            .Select(m => m.Known is null && OutletGazetteer.Default.Resolve(m.Name) is { } known ? m with { Known = known } : m)
            .OrderBy(m => m.Start)
            .ToList();
        mentions = DropAffiliations(sentence, words, mentions);
        if (!publisherKnown)
        {
            mentions = DropSelfRelays(sentence, mentions, isLinked);
        }

        return new SentenceScan(mentions, hasCue);
    }

    // A cue word capitalised mid-sentence is part of a title ("The Dan Wootton Interview"), not a cue.
    private static List<CueHit> Cues(string sentence, IReadOnlyList<CueHit> hits)
    {
        var cues = new List<CueHit>();
        foreach (var cue in hits)
        {
            if (cue.Kind == SentenceCues.Media && (cue.Index == 0 || !char.IsUpper(sentence[cue.Index])))
            {
                cues.Add(cue);
            }
        }
        return cues;
    }

    private static void FindKnown(string sentence, IReadOnlyList<WordToken> words, bool hasCue, List<OutletMention> found)
    {
        var twitter = OutletGazetteer.Default.Resolve("Twitter");
        for (var i = 0; i < words.Count;)
        {
            if (twitter is not null && (SourceCues.IsTweetVerb(words[i].Text) || IsTwitterAsX(words, i)))
            {
                found.Add(new OutletMention(twitter.Canonical, twitter, words[i].Start, words[i].End, false));
            }

            if (OutletGazetteer.Default.MatchAt(words, i) is not { } match)
            {
                i++;
                continue;
            }

            var last = i + match.Words - 1;
            if (!IsCredit(words, i, last) && Cites(match.Outlet, words, i, last, hasCue))
            {
                found.Add(new OutletMention(
                    sentence[words[i].Start..words[last].End], match.Outlet, words[i].Start, words[last].End,
                    IsQuoted(sentence, words[i].Start, words[last].End)));
            }

            i = last + 1;
        }
    }

    // Twitter's new name is a bare "X": only where a network is meant ("у соцмережі X", "posted on X").
    private static bool IsTwitterAsX(IReadOnlyList<WordToken> words, int i) =>
        words[i].Text == "X" && i > 0 && (SourceCues.SocialNetworkNoun.IsMatch(words[i - 1].Text)
            || (words[i - 1].Text == "on" && i > 1 && SourceCues.PostVerb.IsMatch(words[i - 2].Text)));

    private static bool Cites(Outlet outlet, IReadOnlyList<WordToken> words, int first, int last, bool hasCue)
    {
        if (outlet.IsPlatform)
        {
            // "написав у Facebook", "on Twitter", "у своєму Telegram-каналі": the place something was said.
            for (var k = first - 1; k >= 0 && k >= first - PlatformPrepositionReach; k--)
            {
                if (SourceCues.PlatformPreposition.IsMatch(words[k].Text))
                {
                    return true;
                }
            }

            return false;
        }

        return hasCue
            || (first > 0 && IsOutletNoun(words, first - 1))
            || (first > 0 && SourceCues.AdjacentVerb.IsMatch(words[first - 1].Text))
            || (last + 1 < words.Count && SourceCues.AdjacentVerb.IsMatch(words[last + 1].Text));
    }

    private static bool IsCredit(IReadOnlyList<WordToken> words, int first, int last)
    {
        for (var k = Math.Max(0, first - 2); k < first; k++)
        {
            if (SourceCues.CreditWord.IsMatch(words[k].Text))
            {
                return true;
            }
        }

        // "AP Photo", "Reuters/…" captions.
        return last + 1 < words.Count && SourceCues.CreditWord.IsMatch(words[last + 1].Text);
    }

    private static bool IsOutletNoun(IReadOnlyList<WordToken> words, int i) =>
        (char.IsLower(words[i].Text[0]) || i == 0) && SourceCues.OutletNoun.IsMatch(words[i].Text);

    private static bool IsQuoted(string sentence, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && sentence[before] == ' ')
        {
            before--;
        }

        return before >= 0 && QuotedName.IsOpening(sentence[before]) && end < sentence.Length && QuotedName.IsClosing(sentence[end]);
    }

    private static void AddIfNew(List<OutletMention> found, OutletMention? mention)
    {
        if (mention is null || found.Any(m => m.Start < mention.End && mention.Start < m.End))
        {
            return;
        }

        found.Add(mention);
    }

    // "кореспондент Укрінформу", "корреспондент Die Welt и Frankfurter Allgemeine Zeitung": a person's outlet
    // (or the publisher's own reporter), not a source of the information.
    private static List<OutletMention> DropAffiliations(string sentence, IReadOnlyList<WordToken> words, List<OutletMention> mentions)
    {
        var kept = new List<OutletMention>();
        OutletMention? dropped = null;
        foreach (var mention in mentions)
        {
            var firstWord = words.Count(w => w.End <= mention.Start);
            var staff = false;
            for (var k = Math.Max(0, firstWord - 2); k < firstWord && !staff; k++)
            {
                staff = SourceCues.StaffWord.IsMatch(words[k].Text);
            }

            var chained = dropped is not null && IsConjunctionGap(sentence[dropped.End..mention.Start]);
            if (staff || chained)
            {
                dropped = mention;
                continue;
            }

            dropped = null;
            kept.Add(mention);
        }

        return kept;
    }

    private static bool IsConjunctionGap(string gap)
    {
        var words = gap.Trim(' ', ',', '»', '"', '«', '”', '“').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || (words.Length == 1 && words[0] is "і" or "й" or "та" or "и" or "and" or "&");
    }

    private static List<OutletMention> DropSelfRelays(string sentence, List<OutletMention> mentions, Func<int, int, bool> isLinked)
    {
        foreach (var relay in SourceCues.Relay.Matches(sentence))
        {
            var relayed = mentions.Any(m => m.Start >= relay.Index + relay.Length && m.Known is not { IsPlatform: true });
            if (relayed)
            {
                mentions = mentions
                    .Where(m => m.End > relay.Index || m.Quoted || isLinked(m.Start, m.End))
                    .ToList();
            }
        }

        return mentions;
    }
}
