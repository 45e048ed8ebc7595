using System.Text.RegularExpressions;

namespace Articles.Extraction.Body;

/// <summary>
/// Short paragraphs that are calls to action inserted into the text: "Читайте також: …", "ЧИТАЙТЕ у TELEGRAM",
/// "Read more", "Subscribe to…", "Поділитися:". Only short paragraphs qualify, so prose that merely mentions
/// Telegram or reading is kept.
/// </summary>
internal static class PromoText
{
    private const int MaxPromoLength = 220;

    private static readonly Regex Opening = new(
        @"^[\s\p{P}\p{S}]*(" +
        @"читайте\s+(також|также|ще|еще|більше|больше|нас|у\b|в\b|на\b)|читати\s+також|дивіться\s+також|смотрите\s+также|" +
        @"по\s?теме|на\s+тему|більше\s+новин|больше\s+новостей|" +
        @"read\s+(more|also|next|the\s+latest|our)|see\s+also|also\s+read|more\s+on\s+this|related\s*:|recommended\s*:|" +
        @"lesen\s+sie\s+(auch|mehr)|mehr\s+zum\s+thema|weiterlesen|" +
        @"підписуйтесь|підписуйтеся|підпишіться|приєднуйтесь|приєднуйтеся|слідкуйте|стежте|" +
        @"подписывайтесь|подпишитесь|присоединяйтесь|следите\s+за|" +
        @"subscribe|sign\s+up|follow\s+us|join\s+us|download\s+(our|the)\s+app|get\s+our|" +
        @"поділитися|поделиться|share\s+(this|on)|teilen\b|" +
        @"реклама|advertisement|anzeige|" +
        @"новини\s+партнерів|новости\s+партнеров|" +
        @"якщо\s+ви\s+помітили\s+помилку|если\s+вы\s+заметили\s+ошибку|" +
        @"теги\s*:|мітки\s*:|tags\s*:|схожі\s+новини|похожие\s+новости)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Messenger and social channels; a short paragraph naming one with an imperative is a promo.</summary>
    private static readonly Regex Channel = new(
        @"\b(telegram|телеграм\w*|viber|вайбер\w*|whatsapp|instagram|youtube|ютуб\w*|facebook|фейсбук\w*|twitter|google\s+news)\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Imperative = new(
        @"\b(читайте|дивіться|смотрите|підписуйтесь|підписуйтеся|підпишіться|подписывайтесь|подпишитесь|" +
        @"приєднуйтесь|присоединяйтесь|слідкуйте|следите|follow|subscribe|join|read|watch|folgen|abonnieren)\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool IsPromo(string paragraph)
    {
        if (paragraph.Length > MaxPromoLength)
        {
            return false;
        }

        return Opening.IsMatch(paragraph) || (Channel.IsMatch(paragraph) && Imperative.IsMatch(paragraph));
    }
}
