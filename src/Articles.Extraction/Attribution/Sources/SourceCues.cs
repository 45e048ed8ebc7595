using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.Sources;

/// <summary>Words that mark a sentence as taking its information from a publication, in uk, ru and en.</summary>
/// <remarks>Phrases searched in whole sentences are <see cref="CuePhrases"/>; the one-word tests are compiled
/// backtracking patterns with a timeout (NonBacktracking's lazily built automaton cost ~10 ms on every page with new
/// text).</remarks>
internal static class SourceCues
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Media cues: "повідомляє X", "за даними X", "со ссылкой на X", "according to X", "X reported"…</summary>
    internal static string[] MediaPhrases() =>
    [
        // Ukrainian
        "повідомля*", "повідомив*", "повідомил*", "повідомило", "пише", "писав*", "писала", "писало", "писали",
        "написав*", "написала", "написало", "написали", "за даними", "за інформацією", "із посиланням на",
        "з посиланням на", "посилаючись на", "передає", "передаю", "передав", "передала", "передали", "інформує*",
        "інформую*", "цитує", "інтерв'ю", "в ефірі", "у ефірі", "ефірі", "виданні", "видання", "виданню",
        .. In(["у", "в", "і"], "газеті", "журналі", "статті", "матеріалі", "публікації", "колонці", "блозі"),
        "опублікува*", "оприлюдни*", "джерело:",
        // Russian
        "сообща*", "сообщил*", "пишет", "написало", "по данным", "по информации", "со ссылкой на", "ссылаясь на",
        "передает", "передаёт", "передают", "передал", "передала", "передали", "информиру*", "цитиру*", "интервью",
        "в эфире", "эфире", "издании", "издание", "издания", "изданию",
        .. In(["в"], "газете", "журнале", "статье", "материале", "публикации", "колонке", "блоге"),
        "опубликова*", "источник:",
        // English
        "according to", "report", "reports", "reported", "reporting", "told", "tell", "tells", "citing", "cited",
        "interview", "wrote", "wrotes", "write", "writes", "published", "quoted", "posted", "tweet*", "first reported",
        "broke the news", "in a post", "in a statement", "in a video", "in a blog", "said on", "said in", "source:",
    ];

    /// <summary>Cues that say one publication relays another: "X з посиланням на Y", "X citing Y".</summary>
    public static readonly CuePhrases Relay = new(
        "із посиланням на", "з посиланням на", "посилаючись на", "со ссылкой на", "ссылаясь на", "citing");

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
        word.Length >= 5 && LowerCase.Of(word[0]) is 't' or 'r' or 'т'
        && (word.StartsWith("tweet", StringComparison.OrdinalIgnoreCase) || word.StartsWith("retweet", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("твітн", StringComparison.OrdinalIgnoreCase) || word.StartsWith("твитн", StringComparison.OrdinalIgnoreCase))
        && TweetVerb.IsMatch(word);

    /// <summary>Calls to follow or read the publisher itself ("ЧИТАЙТЕ у TELEGRAM", "Підписуйтесь").</summary>
    internal static string[] PromoPhrases() =>
    [
        "читайте", "підписуй*", "підпишіт*", "долучай*", "приєднуй*", "стежте", "слідкуйте", "подписывай*",
        "подпишит*", "присоединяй*", "следите", "follow us", "subscribe", "join us", "sign up", "поділитися",
        "поделиться", "share this",
    ];

    // "у газеті", "в газеті", "і газеті"…: every preposition before every noun.
    private static string[] In(string[] prepositions, params string[] nouns) =>
        [.. prepositions.SelectMany(p => nouns.Select(n => p + " " + n))];
}
