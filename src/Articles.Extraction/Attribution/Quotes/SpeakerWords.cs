namespace Articles.Extraction.Attribution.Quotes;

/// <summary>Closed word lists for speakers: pronouns, anonymous heads (with their genitive forms), anaphoric roles.</summary>
internal static class SpeakerWords
{
    private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

    public static readonly HashSet<string> MalePronouns = new(Ci) { "він", "он", "he", "його", "его", "him", "his" };

    public static readonly HashSet<string> FemalePronouns = new(Ci) { "вона", "она", "she", "її", "ее", "её", "her" };

    /// <summary>Anonymous speaker heads: each form → its nominative.</summary>
    public static readonly Dictionary<string, string> AnonymousHeads = BuildHeads(
        // Ukrainian: nominative | genitive (за словами …)
        "представник|представника", "представниця|представниці", "представники|представників", "речник|речника",
        "речниця|речниці", "чиновник|чиновника", "чиновники|чиновників", "дипломат|дипломата", "дипломати|дипломатів",
        "джерело|джерела", "джерела|джерел", "співрозмовник|співрозмовника", "посадовці|посадовців",
        "аналітики|аналітиків", "експерти|експертів", "оглядачі|оглядачів", "виробники|виробників",
        "політологи|політологів", "демократи|демократів", "республіканці|республіканців", "депутати|депутатів",
        "критики|критиків", "спостерігачі|спостерігачів", "науковці|науковців", "дослідники|дослідників",
        "комісія|комісії", "міністерство|міністерства", "посольство|посольства", "відомство|відомства",
        // Russian
        "представитель|представителя", "представители|представителей", "чиновник|чиновника", "чиновники|чиновников",
        "дипломат|дипломата", "дипломаты|дипломатов", "источник|источника", "источники|источников",
        "собеседник|собеседника", "аналитики|аналитиков", "эксперты|экспертов", "политологи|политологов",
        "депутаты|депутатов", "наблюдатели|наблюдателей", "производители|производителей", "демократы|демократов",
        "республиканцы|республиканцев", "критики|критиков", "ученые|ученых", "учёные|учёных",
        "исследователи|исследователей", "комиссия|комиссии", "министерство|министерства", "посольство|посольства",
        "ведомство|ведомства",
        // English
        "official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources", "analyst",
        "analysts", "expert", "experts", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "critics",
        "diplomat", "diplomats", "historians", "leaders", "economists", "strategists", "observers", "representative",
        "narrator", "administration", "ministry", "embassy", "commission", "lawmakers", "investigators", "scientists");

    /// <summary>Role nouns that point back to a person already named ("посадовець", "американський лідер").</summary>
    public static readonly HashSet<string> AnaphoricHeads = new(Ci)
    {
        "посадовець", "посадовця", "політик", "політика", "лідер", "лідера", "президент", "президента", "прем'єр",
        "прем’єр", "прем'єра", "прем’єра", "прем'єрка", "прем’єрка", "прем'єр-міністр", "прем’єр-міністр", "міністр",
        "міністра", "міністерка", "глава", "голова", "канцлер", "канцлерка", "очільник", "очільника", "очільниця",
        "демократ", "демократа", "республіканець", "республіканця", "спікер", "спікера", "сенатор", "сенатора",
        "губернатор", "губернатора", "канцлера", "голови", "лікар", "лікаря", "лікарка", "лікарки", "керівник",
        "керівника", "очільниці", "врач", "врача", "главврач", "главврача", "руководитель", "руководителя", "doctor",
        "политик", "лидер", "лидера", "президента", "премьер", "премьера", "премьер-министр", "министр", "министра",
        "главы", "канцлер", "канцлера", "демократ", "демократа", "республиканец", "республиканца", "спикер", "спикера",
        "сенатор", "сенатора", "губернатор", "губернатора", "глава", "политика",
        "president", "senator", "governor", "leader", "minister", "candidate", "nominee", "speaker", "secretary",
        "chairman", "director", "chancellor", "mayor", "congressman", "congresswoman",
    };

    /// <summary>Nouns that a source phrase takes after its head as a genitive: "источники газеты", "джерело видання".</summary>
    public static readonly HashSet<string> OutletNouns = new(Ci)
    {
        "видання", "газети", "агентства", "уряду", "видань", "издания", "газеты", "агентства", "правительства", "сми",
        "змі", "ведомства", "відомства", "кремля", "білого", "белого",
    };

    /// <summary>Words that open a clause right after an English "said" (so the clause is reported speech).</summary>
    public static readonly HashSet<string> ClauseStarters = new(Ci)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "there",
        "this", "that", "these", "those", "some", "many", "most", "no", "nothing", "every", "all", "if", "when",
        "because", "only", "both", "neither", "none", "one", "two", "three",
    };

    public static readonly HashSet<string> Complementizers = new(Ci) { "що", "что", "that", "мовляв", "будто", "ніби" };

    public static readonly HashSet<string> Prepositions = new(Ci)
    {
        "on", "in", "at", "to", "of", "with", "for", "by", "during", "from", "after", "before", "about", "in", "у", "в",
        "на", "з", "із", "зі", "до", "під", "для", "про", "о", "об", "с", "со", "к", "по", "от", "за",
    };

    /// <summary>True when a speaker phrase has an anonymous head noun ("Представник ЄС", "a U.S. official").</summary>
    public static bool NamesAnonymousHead(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (AnonymousHeads.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string> BuildHeads(params string[] entries)
    {
        var map = new Dictionary<string, string>(Ci);
        foreach (var entry in entries)
        {
            var forms = entry.Split('|');
            foreach (var form in forms)
            {
                map.TryAdd(form, forms[0]);
            }
        }

        return map;
    }
}
