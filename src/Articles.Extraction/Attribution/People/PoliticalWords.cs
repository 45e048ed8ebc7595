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

    public static bool IsPolitical(string folded) =>
        folded.Length >= 4 && Stems.Any(s => folded.StartsWith(s, StringComparison.Ordinal));
}
