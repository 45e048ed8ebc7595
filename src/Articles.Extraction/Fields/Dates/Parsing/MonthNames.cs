namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>
/// Month names of uk, ru, en, de, fr, es, it, pl and pt in their grammatical cases and common abbreviations,
/// looked up case-insensitively (a trailing dot is ignored). Built once.
/// </summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    public static int? Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = word.Trim().TrimEnd('.').ToLowerInvariant();
        return Months.TryGetValue(key, out var month) ? month : null;
    }

    private static Dictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);

        // Slavic months decline: a stem plus the case endings it takes (nominative, genitive, locative, …).
        string[] ukSoft = ["ень", "ня", "ні", "нем", "ню"];
        AddStems(table, ukSoft, "січ", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "груд");
        AddForms(table, 2, "лютий", "лютого", "лютому", "лютим", "лютім");
        AddForms(table, 11, "листопад", "листопада", "листопаді", "листопадом", "листопаду");

        string[] ruSoft = ["ь", "я", "е", "ем", "ём", "ю"];
        AddForms(table, 1, Decline("январ", ruSoft));
        AddForms(table, 2, Decline("феврал", ruSoft));
        AddForms(table, 3, "март", "марта", "марте", "мартом", "марту");
        AddForms(table, 4, Decline("апрел", ruSoft));
        AddForms(table, 5, "май", "мая", "мае", "маем", "маю");
        AddForms(table, 6, Decline("июн", ruSoft));
        AddForms(table, 7, Decline("июл", ruSoft));
        AddForms(table, 8, "август", "августа", "августе", "августом", "августу");
        AddForms(table, 9, Decline("сентябр", ruSoft));
        AddForms(table, 10, Decline("октябр", ruSoft));
        AddForms(table, 11, Decline("ноябр", ruSoft));
        AddForms(table, 12, Decline("декабр", ruSoft));

        AddAbbreviations(table,
            ["січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"],
            ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]);
        AddForms(table, 2, "февр");
        AddForms(table, 9, "сент");
        AddForms(table, 11, "нояб");
        AddForms(table, 3, "берез");

        AddOrdered(table, "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");
        AddAbbreviations(table, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]);
        AddForms(table, 9, "sept");

        AddOrdered(table, "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
            "oktober", "november", "dezember");
        AddForms(table, 1, "jänner", "jän");
        AddForms(table, 2, "feber");
        AddForms(table, 3, "maerz", "mär", "mrz");
        AddForms(table, 10, "okt");
        AddForms(table, 12, "dez");

        AddOrdered(table, "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre");
        AddForms(table, 1, "janv");
        AddForms(table, 2, "fevrier", "févr", "fevr", "fév");
        AddForms(table, 4, "avr");
        AddForms(table, 7, "juil");
        AddForms(table, 8, "aout");
        AddForms(table, 12, "decembre", "déc");

        AddOrdered(table, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre");
        AddForms(table, 1, "ene");
        AddForms(table, 4, "abr");
        AddForms(table, 8, "ago");
        AddForms(table, 9, "setiembre");
        AddForms(table, 12, "dic");

        AddOrdered(table, "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre");
        AddAbbreviations(table, ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]);

        AddForms(table, 1, "styczeń", "stycznia", "styczniu", "styczniem");
        AddForms(table, 2, "luty", "lutego", "lutym");
        AddForms(table, 3, "marzec", "marca", "marcu", "marcem");
        AddForms(table, 4, "kwiecień", "kwietnia", "kwietniu", "kwietniem");
        AddForms(table, 5, "maj", "maja", "maju", "majem");
        AddForms(table, 6, "czerwiec", "czerwca", "czerwcu", "czerwcem");
        AddForms(table, 7, "lipiec", "lipca", "lipcu", "lipcem");
        AddForms(table, 8, "sierpień", "sierpnia", "sierpniu", "sierpniem");
        AddForms(table, 9, "wrzesień", "września", "wrześniu", "wrześniem");
        AddForms(table, 10, "październik", "października", "październiku", "październikiem");
        AddForms(table, 11, "listopad", "listopada", "listopadzie", "listopadem");
        AddForms(table, 12, "grudzień", "grudnia", "grudniu", "grudniem");
        AddAbbreviations(table, ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]);

        AddOrdered(table, "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro");
        AddForms(table, 2, "fev");
        AddForms(table, 3, "marco");
        AddForms(table, 10, "out");
        return table;
    }

    private static string[] Decline(string stem, string[] endings) => Array.ConvertAll(endings, e => stem + e);

    private static void AddStems(Dictionary<string, int> table, string[] endings, params string[] stemsInOrder)
    {
        int[] months = [1, 3, 4, 5, 6, 7, 8, 9, 10, 12];
        for (var i = 0; i < stemsInOrder.Length; i++)
        {
            AddForms(table, months[i], Decline(stemsInOrder[i], endings));
        }
    }

    private static void AddOrdered(Dictionary<string, int> table, params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            AddForms(table, i + 1, names[i]);
        }
    }

    private static void AddAbbreviations(Dictionary<string, int> table, params string[][] lists)
    {
        foreach (var list in lists)
        {
            AddOrdered(table, list);
        }
    }

    private static void AddForms(Dictionary<string, int> table, int month, params string[] forms)
    {
        foreach (var form in forms)
        {
            table.TryAdd(form, month);
        }
    }
}
