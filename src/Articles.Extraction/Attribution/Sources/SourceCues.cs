using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Sources;

/// <summary>Words that mark a sentence as taking its information from a publication, in uk, ru and en.</summary>
/// <remarks>The backtracking interpreter with a timeout, not NonBacktracking: these flat word lists have no
/// nested quantifiers, and NonBacktracking's lazily built automaton cost ~10 ms on every page with new text.</remarks>
internal static class SourceCues
{
    // Compiled: every body sentence is scanned with these (the interpreter was a top item in the profile).
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;


    /// <summary>Media cues: "повідомляє X", "за даними X", "со ссылкой на X", "according to X", "X reported"…</summary>
    public static readonly Regex Media = new(
        Words(
            // Ukrainian
            @"повідомля\p{L}*", @"повідомив\p{L}*", @"повідомил\p{L}*", @"повідомило", @"пише", @"писав\p{L}*",
            @"писал[аои]", @"написав\p{L}*", @"написал[аои]", @"за\s+даними", @"за\s+інформацією",
            @"і?з\s+посиланням\s+на", @"посилаючись\s+на", @"переда[єю]", @"передав", @"передала", @"передали",
            @"інформу[єю]\p{L}*", @"цитує", @"інтерв['’ʼ]ю", @"в\s+ефірі", @"у\s+ефірі", @"ефірі",
            @"виданн[іяю]", @"[уві]\s+(?:газеті|журналі|статті|матеріалі|публікації|колонці|блозі)",
            @"опублікува\p{L}*", @"оприлюдни\p{L}*", @"джерело\s*:",
            // Russian
            @"сообща\p{L}*", @"сообщил\p{L}*", @"пишет", @"написало", @"по\s+данным", @"по\s+информации",
            @"со\s+ссылкой\s+на", @"ссылаясь\s+на", @"переда[её]т", @"передают", @"передал[аи]?",
            @"информиру\p{L}*", @"цитиру\p{L}*", @"интервью", @"в\s+эфире", @"эфире",
            @"издани[иеяю]", @"в\s+(?:газете|журнале|статье|материале|публикации|колонке|блоге)",
            @"опубликова\p{L}*", @"источник\s*:",
            // English
            @"according\s+to", @"report(?:s|ed|ing)?", @"told", @"tells?", @"citing", @"cited", @"interview",
            @"wr(?:o|i)tes?", @"published", @"quoted", @"posted", @"tweet\p{L}*", @"first\s+reported", @"broke\s+the\s+news",
            @"in\s+a\s+(?:post|statement|video|blog)", @"said\s+(?:on|in)", @"source\s*:"),
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Cues that say one publication relays another: "X з посиланням на Y", "X citing Y".</summary>
    public static readonly Regex Relay = new(
        Words(@"і?з\s+посиланням\s+на", @"посилаючись\s+на", @"со\s+ссылкой\s+на", @"ссылаясь\s+на", @"citing"),
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Verbs a publication's name may directly precede or follow: "CNN повідомило", "Reuters reported".</summary>
    public static readonly Regex AdjacentVerb = new(
        "^(?:" + string.Join('|',
            @"повідом\p{L}*", @"пише", @"писал?\p{L}*", @"написал?\p{L}*", @"зазнача\p{L}*", @"інформу\p{L}*",
            @"сообщ\p{L}*", @"пишет", @"отмеча\p{L}*", @"переда\p{L}*",
            @"reported", @"reports", @"said", @"says", @"wrote", @"writes", @"noted", @"added", @"first") + ")$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Nouns that introduce a publication's name: "агентство dpa", "телеканалу «Україна 24»", "newspaper".</summary>
    public static readonly Regex OutletNoun = new(
        "^(?:" + string.Join('|',
            @"видання", @"виданн[іюя]м?", @"газет\p{L}{0,3}", @"агентств\p{L}{0,3}", @"інформагентств\p{L}{0,3}",
            @"телеканал\p{L}{0,3}", @"канал\p{L}{0,3}", @"радіостанці\p{L}{0,2}", @"радіо", @"журнал\p{L}{0,3}",
            @"портал\p{L}{0,3}", @"сайт\p{L}{0,2}", @"телерадіокомпані\p{L}{0,2}", @"таблоїд\p{L}{0,3}",
            @"издани\p{L}{0,2}", @"информагентств\p{L}{0,3}", @"радиостанци\p{L}{0,2}", @"телерадиокомпани\p{L}{0,2}",
            @"таблоид\p{L}{0,3}",
            @"newspaper", @"agency", @"broadcaster", @"magazine", @"tabloid", @"outlet", @"network", @"channel",
            @"website", @"daily", @"wire") + ")$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Words inside an unknown English/Latin name that show it is a publication ("Catholic News Agency").</summary>
    public static readonly Regex OutletWordInName = new(
        "^(?:" + string.Join('|',
            "News", "Agency", "Press", "Times", "Post", "Journal", "Herald", "Gazette", "Gazeta", "Tribune", "Telegraph",
            "Daily", "Radio", "TV", "Television", "Media", "Broadcasting", "Magazine", "Review", "Chronicle", "Observer",
            "Monitor", "Courier", "Express", "Mail", "Today", "Zeitung", "Presse", "Nachrichten", "Reporter", "Insider",
            "Weekly", "Inquirer", "Standard", "Guardian", "Independent", "Wire", "Pravda") + ")$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Words before a name that make it an affiliation, not a citation ("кореспондент Укрінформу").</summary>
    public static readonly Regex StaffWord = new(
        "^(?:" + string.Join('|',
            @"кореспондент\p{L}*", @"корреспондент\p{L}*", @"спецкор\p{L}*", @"журналіст\p{L}*", @"журналист\p{L}*",
            @"оглядач\p{L}*", @"обозревател\p{L}*", @"колумніст\p{L}*", @"колумнист\p{L}*", @"редактор\p{L}*",
            @"correspondents?", @"reporters?", @"columnists?", @"editors?", @"anchors?") + ")$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Nouns for organisations that speak for themselves ("пресслужба «Нафтогазу»"): what follows is no outlet.</summary>
    public static readonly Regex OrganisationNoun = new(
        "^(?:" + string.Join('|',
            @"прес-?служб\p{L}*", @"пресс-?служб\p{L}*", @"компані\p{L}*", @"компани\p{L}*", @"міністерств\p{L}*",
            @"министерств\p{L}*", @"відомств\p{L}*", @"ведомств\p{L}*", @"оператор\p{L}*", @"банк\p{L}*",
            @"концерн\p{L}*", @"корпораці\p{L}*", @"корпораци\p{L}*", @"парті\p{L}*", @"парти\p{L}*", @"штаб\p{L}*",
            @"поліці\p{L}*", @"полици\p{L}*", @"прокуратур\p{L}*", @"служб\p{L}*", @"департамент\p{L}*",
            @"адміністраці\p{L}*", @"администраци\p{L}*", @"уряд\p{L}*", @"правительств\p{L}*", @"мері\p{L}*",
            @"мэри\p{L}*", @"фонд\p{L}*", @"асоціаці\p{L}*", @"ассоциаци\p{L}*", @"спілк\p{L}*", @"союз\p{L}*") + ")$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Words right after a quoted name that show an organisation on its own channel ("на сайті").</summary>
    public static readonly Regex OwnChannelWord = new(
        @"^(?:сайт\p{L}*|сторінц\p{L}*|сторінк\p{L}*|страниц\p{L}*|акаунт\p{L}*|аккаунт\p{L}*|website|page|account)$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Words just before a name that make it a photo or illustration credit.</summary>
    public static readonly Regex CreditWord = new(
        "^(?:" + string.Join('|',
            @"фото\p{L}*", @"photos?", @"foto", @"ілюстраці\p{L}*", @"иллюстраци\p{L}*", @"скрин\p{L}*",
            @"screenshot", @"credit", @"image", @"images", @"відео", @"видео", @"getty", @"shutterstock") + ")$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Prepositions that put a platform's name as the place something was said ("у Facebook", "on X").</summary>
    public static readonly Regex PlatformPreposition = new(
        "^(?:у|в|на|through|on|in|via|to|через)$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Nouns for a social network, before a bare platform name ("у соцмережі X").</summary>
    public static readonly Regex SocialNetworkNoun = new(
        @"^(?:соцмереж\p{L}*|соцсет\p{L}*|мереж[аіу]|сет[иь]|платформ\p{L}*|platform|network)$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>English verbs of posting, before "on X".</summary>
    public static readonly Regex PostVerb = new(
        @"^(?:posted|wrote|said|announced|shared|writing|posting|saying|statement|post)$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Verbs that name Twitter by themselves: "tweeted", "твітнув".</summary>
    public static readonly Regex TweetVerb = new(
        @"^(?:tweet\p{L}*|retweet\p{L}*|твітну\p{L}*|твитну\p{L}*|твітн\p{L}*|твитн\p{L}*)$",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary><see cref="TweetVerb"/>, asked only of words that start with its letters (it is tried on every word).</summary>
    public static bool IsTweetVerb(string word) =>
        (word.StartsWith("tweet", StringComparison.OrdinalIgnoreCase) || word.StartsWith("retweet", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("твітн", StringComparison.OrdinalIgnoreCase) || word.StartsWith("твитн", StringComparison.OrdinalIgnoreCase))
        && TweetVerb.IsMatch(word);

    /// <summary>Calls to follow or read the publisher itself ("ЧИТАЙТЕ у TELEGRAM", "Підписуйтесь").</summary>
    public static readonly Regex Promo = new(
        Words(
            @"читайте", @"підписуй\p{L}*", @"підпишіт\p{L}*", @"долучай\p{L}*", @"приєднуй\p{L}*", @"стежте",
            @"слідкуйте", @"подписывай\p{L}*", @"подпишит\p{L}*", @"присоединяй\p{L}*", @"следите",
            @"follow\s+us", @"subscribe", @"join\s+us", @"sign\s+up", @"поділитися", @"поделиться", @"share\s+this"),
        Options,
        TimeSpan.FromSeconds(1));

    // Alternatives as whole words: \b on both sides, except after a trailing colon ("Джерело:").
    private static string Words(params string[] alternatives) =>
        @"\b(?:" + string.Join('|', alternatives.Select(a => a.EndsWith(':') ? a : a + @"\b")) + ")";
}
