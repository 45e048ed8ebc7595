namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Verbs of saying (attribution-cues reference), every gender and number of the past tense and the common present
/// forms. One word set per language, built once.
/// </summary>
internal static class ReportingVerbs
{
    // Past-tense stems: Ukrainian adds в/ла/ли/ло, Russian л/ла/ли/ло.
    private static readonly string[] UkPastStems =
    [
        "сказа", "заяви", "зазначи", "дода", "написа", "поясни", "повідоми", "наголоси", "підкресли", "розпові",
        "запевни", "зауважи", "уточни", "попереди", "закли\u043a\u0430", "нагада", "визна", "вказа", "відпові",
        "підтверди", "заперечи", "стверджува", "повтори", "резюмува", "відзначи", "оголоси", "прокоментува",
        "пообіця", "переконува", "розказа", "говори", "припусти", "спрогнозува", "зізна", "поскаржи", "наполя", "вважа", "згада", "наголошува", "зазнача",
    ];

    private static readonly string[] UkOther =
    [
        "каже", "кажуть", "заявляє", "заявляють", "зазначає", "зазначають", "вважає", "вважають", "стверджує",
        "стверджують", "пише", "пишуть", "додає", "додають", "пояснює", "пояснюють", "розповідає", "розповідають",
        "наголошує", "наголошують", "підкреслює", "підкреслюють", "говорить", "говорять", "згадує", "зізнається",
        "нагадує", "попереджає", "попереджають", "запевняє", "запевняють", "переконаний", "переконана", "переконані",
        "впевнений", "впевнена", "впевнені", "відзначає", "зізнався", "зізналася", "зізналась", "зізналися",
        "поскаржився", "поскаржилася", "наполягає", "наполягають",
    ];

    private static readonly string[] RuPastStems =
    [
        "сказа", "заяви", "отмети", "добави", "подчеркну", "написа", "поясни", "сообщи", "заключи", "указа", "объяви",
        "констатирова", "уточни", "резюмирова", "подытожи", "напомни", "призна", "завери", "предупреди", "призва",
        "ответи", "подтверди", "повтори", "утвержда", "отмеча", "говори", "рассказа", "пообеща", "прокомментирова",
        "высказа", "настаива", "пожалова", "счита", "упомяну", "оповести", "отмеча", "подчеркива",
    ];

    private static readonly string[] RuOther =
    [
        "говорит", "говорят", "считает", "считают", "пишет", "пишут", "поясняет", "уточняет", "комментирует",
        "отмечает", "отмечают", "утверждает", "утверждают", "полагает", "полагают", "заявляет", "заявляют", "уверен",
        "уверена", "уверены", "подчеркивает", "подчёркивает", "рассказывает", "напоминает", "признает", "признаёт",
        "добавляет", "признался", "призналась", "признались", "высказался", "высказалась", "пожаловался",
        "пожаловалась", "настаивает",
    ];

    private static readonly string[] EnForms =
    [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "noted", "notes",
        "announced", "argued", "argues", "tweeted", "explained", "explains", "claimed", "claims", "warned", "warns",
        "acknowledged", "acknowledges", "stated", "insisted", "insists", "suggested", "suggests", "declared",
        "conceded", "recalled", "admitted", "emphasized", "emphasised", "stressed", "replied", "responded",
        "contended", "maintained", "urged", "saying", "adding", "noting", "confirmed", "cautioned", "predicted",
        "promised", "vowed", "fear", "fears", "testified", "complained", "countered", "observed", "remarked", "concluded",
    ];

    private static readonly string[] UkPast = Expand(UkPastStems, ["в", "ла", "ли", "ло"]);
    private static readonly string[] RuPast = Expand(RuPastStems, ["л", "ла", "ли", "ло"]);

    private static readonly HashSet<string> Uk = Build([.. UkPast, .. UkOther]);
    private static readonly HashSet<string> Ru = Build([.. RuPast, .. RuOther]);
    private static readonly HashSet<string> En = Build(EnForms);
    private static readonly HashSet<string> All = Build([.. UkPast, .. UkOther, .. RuPast, .. RuOther, .. EnForms]);

    private static readonly int LongestVerb = All.Max(v => v.Length);

    // Letters, apostrophes and combining marks make up a word.
    private static readonly CharTable WordChars = new(c =>
        char.IsLetter(c) || c is '\'' or '’' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    // Any verb's first three letters (every verb has three or more): most words are no verb and skip the
    // lower-casing and the set lookup.
    private static readonly HashBits Openings = HashBits.Of(All.Select(v => v[..3]), 8192);

    /// <summary>Every reporting verb of <paramref name="text"/>, in order.</summary>
    public static List<VerbHit> Find(string text, LanguageKey language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = Lexicon(language).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[LongestVerb];
        var hits = new List<VerbHit>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && WordChars.Contains(text[i]))
            {
                i++;
            }

            if (i - start < 3)
            {
                continue;
            }

            Span<char> opening = [LowerCase.Of(text[start]), LowerCase.Of(text[start + 1]), LowerCase.Of(text[start + 2])];
            if (!Openings.MayContain(opening))
            {
                continue;
            }

            // Lower-cased on the stack: an ordinal lookup, where an ignore-case one took the slow path for Cyrillic.
            var word = text.AsSpan(start, i - start);
            if (word.Length <= LongestVerb && LowerCase.TryOf(word, lower)
                ? lexicon.Contains(lower[..word.Length])
                : word.Length <= LongestVerb && lexicon.Contains(word.ToString().ToLowerInvariant()))
            {
                hits.Add(new VerbHit(start, i - start));
            }
        }

        return hits;
    }

    private static HashSet<string> Lexicon(LanguageKey language) => language switch
    {
        LanguageKey.Uk => Uk,
        LanguageKey.Ru => Ru,
        LanguageKey.En => En,
        _ => All,
    };

    private static string[] Expand(string[] stems, string[] endings) =>
        [.. stems.SelectMany(stem => endings.Select(ending => stem + ending))];

    private static HashSet<string> Build(IEnumerable<string> forms) =>
        new(forms.Select(f => f.ToLowerInvariant()), StringComparer.Ordinal);
}

/// <summary>A reporting verb found in a sentence.</summary>
internal readonly record struct VerbHit(int Index, int Length);
