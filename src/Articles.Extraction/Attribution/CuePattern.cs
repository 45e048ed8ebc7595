using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution;

/// <summary>
/// A whole-word alternation of cue phrases ("повідомля\p{L}*", "за\s+даними", "according\s+to") with a cheap
/// pre-check: the regex runs only on text where some word starts with a literal stem of an alternative. Most body
/// sentences hold no cue, yet the compiled alternation tried a match at nearly every letter of them.
/// </summary>
/// <remarks>Every alternative must start at a word boundary in <c>pattern</c> (a leading <c>\b</c> or <c>^</c>).</remarks>
internal sealed class CuePattern
{
    private readonly Dictionary<char, string[]> _stemsByFirstLetter;
    private readonly bool _alwaysRun;

    public CuePattern(string pattern, IEnumerable<string> alternatives, RegexOptions options, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        Regex = new Regex(pattern, options, timeout);
        var stems = new List<string>();
        foreach (var alternative in alternatives)
        {
            var own = CueStems.Of(alternative);
            if (own.Count == 0)
            {
                _alwaysRun = true;
            }
            stems.AddRange(own);
        }
        _stemsByFirstLetter = stems.Distinct(StringComparer.Ordinal)
            .GroupBy(stem => stem[0])
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    public Regex Regex { get; }

    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    public IReadOnlyList<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];

    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False only when no alternative can match: no word of the text starts with one of their stems.</summary>
    public bool MayMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_alwaysRun)
        {
            return true;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (!LowerCase.IsPlain(c))
            {
                // Letters with unusual case mappings (Kelvin sign, dotted İ…) are left to the regex itself.
                return true;
            }
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }
            if (_stemsByFirstLetter.TryGetValue(LowerCase.Of(c), out var stems) && StartsWithAny(text.AsSpan(i), stems))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
