namespace Articles.Extraction.Attribution;

/// <summary>
/// The literal stems a cue alternative cannot match without: "за\s+даними" → "даними", "[уві]\s+(?:газеті|журналі)"
/// → "газеті", "журналі". Of the alternative's words (split at <c>\s+</c>), the one with the longest sure prefix is
/// used; each of its stems starts a word wherever the alternative matches. Empty when no word gives one (the pattern
/// must then always run).
/// </summary>
internal static class CueStems
{
    private const string Metacharacters = @"\[](){}|?*+.^$";

    public static IReadOnlyList<string> Of(string alternative)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        IReadOnlyList<string> best = [];
        var bestLength = 0;
        var words = alternative.Split(@"\s+");
        for (var w = 0; w < words.Length; w++)
        {
            // After "\s*" a word may follow without a space, so only the part before it is sure to start a word.
            var word = words[w].Split(@"\s*")[0];
            if (StemsOfWord(word) is not { Count: > 0 } stems)
            {
                continue;
            }
            var shortest = stems.Min(stem => stem.Length);
            if (shortest > bestLength && stems.All(stem => char.IsLetter(stem[0])))
            {
                best = stems;
                bestLength = shortest;
            }
        }
        return best;
    }

    /// <summary>Literal prefixes of one word pattern: a group or class at its start gives one per choice.</summary>
    private static List<string>? StemsOfWord(string word)
    {
        if (word.StartsWith("(?:", StringComparison.Ordinal))
        {
            var close = ClosingParenthesis(word);
            if (close < 0 || (close + 1 < word.Length && word[close + 1] is '?' or '*' or '{'))
            {
                return null;
            }
            var choices = TopLevelChoices(word[3..close]);
            var stems = choices.Select(LiteralPrefix).ToList();
            return stems.All(stem => stem.Length > 0) ? stems : null;
        }
        if (word.StartsWith('['))
        {
            var close = word.IndexOf(']', StringComparison.Ordinal);
            var set = close > 1 ? word[1..close] : "";
            if (set.Length == 0 || set.Contains('-', StringComparison.Ordinal) || set.Contains('\\', StringComparison.Ordinal) || set[0] == '^'
                || (close + 1 < word.Length && word[close + 1] is '?' or '*' or '{'))
            {
                return null;
            }
            var rest = LiteralPrefix(word[(close + 1)..]);
            return [.. set.Select(c => char.ToLowerInvariant(c) + rest)];
        }
        var prefix = LiteralPrefix(word);
        return prefix.Length > 0 ? [prefix] : null;
    }

    // Letters up to the first metacharacter; a quantifier after the last one makes that one optional.
    private static string LiteralPrefix(string pattern)
    {
        var end = 0;
        while (end < pattern.Length && !Metacharacters.Contains(pattern[end], StringComparison.Ordinal))
        {
            end++;
        }
        if (end < pattern.Length && pattern[end] is '?' or '*' or '{')
        {
            end--;
        }
        return end <= 0 ? "" : pattern[..end].ToLowerInvariant();
    }

    private static int ClosingParenthesis(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '(')
            {
                depth++;
            }
            else if (pattern[i] == ')' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static List<string> TopLevelChoices(string inner)
    {
        var choices = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\')
            {
                i++;
            }
            else if (inner[i] == '(')
            {
                depth++;
            }
            else if (inner[i] == ')')
            {
                depth--;
            }
            else if (inner[i] == '|' && depth == 0)
            {
                choices.Add(inner[start..i]);
                start = i + 1;
            }
        }
        choices.Add(inner[start..]);
        return choices;
    }
}
