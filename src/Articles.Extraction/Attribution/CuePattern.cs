using System.Buffers;
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
    // Letters that match a Latin or Cyrillic letter case-insensitively in a regex but not in an ordinal comparison
    // (Kelvin sign, long s, dotted/dotless i, Cyrillic Extended-C forms): a text with one is left to the regex.
    private static readonly SearchValues<char> UnusualCase = SearchValues.Create(
        "\u0130\u0131\u017F\u212A\u212B\u2126\u1E9E\u1C80\u1C81\u1C82\u1C83\u1C84\u1C85\u1C86\u1C87\u1C88");

    private readonly Dictionary<char, string[]> _stemsByFirstLetter;
    private readonly SearchValues<char> _firstLetters;
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
        _firstLetters = SearchValues.Create(string.Concat(_stemsByFirstLetter.Keys.SelectMany(c => new[] { c, char.ToUpperInvariant(c) })));
    }

    public Regex Regex { get; }

    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    public IReadOnlyList<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];

    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>False only when no alternative can match: no word of the text starts with one of their stems.</summary>
    public bool MayMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (_alwaysRun || span.IndexOfAny(UnusualCase) >= 0)
        {
            return true;
        }
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(_firstLetters);
            if (next < 0)
            {
                return false;
            }
            i += next;
            if ((i == 0 || !char.IsLetterOrDigit(span[i - 1]))
                && _stemsByFirstLetter.TryGetValue(LowerCase.Of(span[i]), out var stems) && StartsWithAny(span[i..], stems))
            {
                return true;
            }
            i++;
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
