using System.Buffers;

namespace Articles.Extraction.Attribution.People;

/// <summary>
/// Words that mark an article about politics and public office; there, a person named again and again without a
/// title is a public figure the reader is assumed to know (a president, a candidate), not a private person.
/// </summary>
internal static class PoliticalWords
{
    public const int MinimumHits = 3;

    private static readonly string[] Stems =
    [
        "president", "minister", "senator", "senate", "election", "campaign", "government", "parliament", "congress",
        "governor", "mayor", "vote", "voter", "republican", "democrat", "nominee", "candidate", "lawmaker", "diplomat",
        "президент", "міністр", "уряд", "вибор", "парті", "парламент", "депутат", "сенат", "кандидат", "дипломат",
        "губернатор", "голосуван", "министр", "правительств", "выбор", "парти", "голосован", "санкці", "санкци",
        "переговор", "саміт", "саммит", "summit", "sanction", "кремл", "kremlin",
    ];

    private static readonly SearchValues<char> FirstLetters = SearchValues.Create(string.Concat(Stems.Select(s => s[0]).Distinct()));

    public static bool IsPolitical(string folded)
    {
        if (folded.Length < 4 || !FirstLetters.Contains(folded[0]))
        {
            return false;
        }
        foreach (var stem in Stems)
        {
            if (folded.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of this (lower-case) first letter can be political: a check before folding the word.</summary>
    public static bool CanStartWith(char lower) => FirstLetters.Contains(lower);
}
