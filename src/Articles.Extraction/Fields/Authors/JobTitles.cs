namespace Articles.Extraction.Fields.Authors;

/// <summary>Words of job titles and roles that follow names in bylines; a part holding one is not a name.</summary>
internal static class JobTitles
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporter", "reporters", "correspondent", "editor", "editors", "writer", "journalist", "columnist",
        "contributor", "contributing", "producer", "analyst", "senior", "chief", "deputy", "associate", "freelance",
        "photographer", "photojournalist", "intern", "fellow", "director", "manager", "head", "professor",
        "researcher", "specialist", "expert", "author", "lecturer", "student", "president", "founder", "ceo",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "autorin", "chefredakteur",
        "reporterin", "volontär", "volontärin", "leiter", "leiterin", "fotograf", "fotografin", "ressortleiter",
        "redner", "rednerin", "sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "gastautor",
        "gastautorin", "mitarbeiter", "mitarbeiterin",
        "кореспондент", "кореспондентка", "редактор", "редакторка", "журналіст", "журналістка", "оглядач",
        "оглядачка", "журналист", "журналистка", "корреспондент", "обозреватель", "колумніст", "колумнист",
        "фотограф", "шеф-редактор", "головний", "главный",
        "periodista", "redactor", "redactora", "corresponsal", "journaliste", "rédacteur", "rédactrice",
        "envoyé", "envoyée", "spécial", "giornalista",
    };

    private static readonly HashSet<string> DeskWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "team", "desk", "news", "redaktion", "редакція", "редакция", "newsroom",
    };

    /// <summary>"Staff Writer", "News Desk": only role and desk words, the way sites sign unsigned pieces.</summary>
    public static bool IsDeskLabel(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Words.Contains(w) || DeskWords.Contains(w));

    public static bool IsTitle(string part) =>
        part.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => Words.Contains(w.Trim('.', ',')));
}
