using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>
/// Verbs of saying (attribution-cues reference), every gender and number of the past tense and the common present
/// forms. One regex per language, built once.
/// </summary>
internal static class ReportingVerbs
{
    // Past-tense stems: Ukrainian adds в/ла/ли/ло, Russian л/ла/ли/ло.
    private static readonly string[] UkPastStems =
    [
        "сказа", "заяви", "зазначи", "дода", "написа", "поясни", "повідоми", "наголоси", "підкресли", "розпові",
        "запевни", "зауважи", "уточни", "попереди", "закли\u043a\u0430", "нагада", "визна", "вказа", "відпові",
        "підтверди", "заперечи", "стверджува", "повтори", "резюмува", "відзначи", "оголоси", "прокоментува",
        "пообіця", "переконува", "розказа", "говори", "припусти", "спрогнозува", "зізна", "поскаржи", "наполя",
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
        "высказа", "настаива", "пожалова",
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
        "promised", "vowed", "testified", "complained", "countered", "observed", "remarked", "concluded",
    ];

    private static readonly string[] UkPast = Expand(UkPastStems, ["в", "ла", "ли", "ло"]);
    private static readonly string[] RuPast = Expand(RuPastStems, ["л", "ла", "ли", "ло"]);

    private static readonly Regex Uk = Build([.. UkPast, .. UkOther]);
    private static readonly Regex Ru = Build([.. RuPast, .. RuOther]);
    private static readonly Regex En = Build(EnForms);
    private static readonly Regex All = Build([.. UkPast, .. UkOther, .. RuPast, .. RuOther, .. EnForms]);

    public static Regex For(LanguageKey language) => language switch
    {
        LanguageKey.Uk => Uk,
        LanguageKey.Ru => Ru,
        LanguageKey.En => En,
        _ => All,
    };

    private static string[] Expand(string[] stems, string[] endings) =>
        [.. stems.SelectMany(stem => endings.Select(ending => stem + ending))];

    private static Regex Build(IEnumerable<string> forms)
    {
        // Longest first so "заявили" is not read as "заявил"; \b keeps whole words only.
        var alternation = string.Join('|', forms.Distinct().OrderByDescending(f => f.Length).Select(Regex.Escape));
        return new Regex(@"\b(?:" + alternation + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
