using System.Net;
using System.Text.RegularExpressions;
using Articles.Extraction.Body;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// Reduces a byline string to names: drops "By"/"Від"/"Автор:"/"Von" openers, e-mails, handles, URLs, "| Site"
/// tails, dates and the words around them ("Updated", "am"), and "Email the author"-style links.
/// </summary>
internal static class AuthorNameCleaner
{
    private static readonly RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex Opener = new(
        @"^\s*(written\s+by|reported\s+by|reporting\s+by|posted\s+by|published\s+by|story\s+by|words\s+by|text\s+by|" +
        @"by|from|von|text|texte|interview|autor(in|en)?|author(s)?|автор(ка|и|ы)?|текст|від|от|por|par|di|door|" +
        @"redakcja|reporter|correspondent|кореспондент|корреспондент)\s*[:\-–—]?(\s+|$)|" +
        @"^\s*(redaktion|редакція|редакция)\s*:\s*",
        Options);

    private static readonly Regex Credit = new(@"^(photo|foto|фото|bild|image|illustration)s?\b", Options);

    /// <summary>Roles in brackets: "Eberhard Fuhr (Pressesprecher)".</summary>
    private static readonly Regex Bracketed = new(@"\([^()]*\)|\[[^\[\]]*\]", RegexOptions.NonBacktracking);

    private static readonly Regex Email = new(@"\S+@\S+\.\S+", Options);

    private static readonly Regex Url = new(@"(https?://|www\.)\S+", Options);

    private static readonly Regex Handle = new(@"(^|\s)@\w+", Options);

    /// <summary>Link captions that sit inside bylines but are not names.</summary>
    private static readonly Regex Noise = new(
        @"(e-?mail|contact|follow|message)\s+(the\s+)?(author|me|us|him|her)\b.*$|" +
        @"\b(show|view|see|more|all|read)\s+(all\s+)?(posts|articles|stories|by|from)\b.*$|" +
        @"\b(alle\s+beiträge|alle\s+artikel|mehr\s+von|weitere\s+artikel|усі\s+матеріали|все\s+материалы)\b.*$|" +
        @"\b(updated|published|posted|last\s+modified|aktualisiert|veröffentlicht|erschienen|оновлено|опубліковано|" +
        @"обновлено|опубликовано|actualizado|publicado|mis\s+à\s+jour|publié|stand)\b.*$",
        Options);

    /// <summary>An affiliation after the name: "Brendan Carlin for The Mail on Sunday", "James Lynch from Acme".</summary>
    private static readonly Regex Affiliation = new(@"\s+(for|For|FOR|from|From|FROM|für|Für|для|Для)\s+\p{Lu}.*$", RegexOptions.NonBacktracking);

    /// <summary>A date written with month or weekday names ends the name part ("Jane Doe Wednesday, November 8").</summary>
    private static readonly Regex DateWords = new(
        @"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|" +
        @"samstag|sonntag|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя|понедельник|вторник|среда|" +
        @"четверг|пятница|суббота|воскресенье)\b.*$|" +
        @"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|" +
        @"september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember)\.?\s+\d.*$",
        Options);

    /// <summary>The first date-like or numeric token ends the name part ("Jane Doe 25.09.2023, 14:37").</summary>
    private static readonly Regex FirstDigit = new(@"\d", RegexOptions.NonBacktracking);

    private static readonly HashSet<string> TrailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "on", "at", "um", "le", "el", "the", "|", "-", "–", "—", "•", "·", ",", ";", ":", "/", "on:", "de",
        "публікація", "від", "от",
    };

    public static string Clean(string raw)
    {
        var text = TextFolding.Fold(WebUtility.HtmlDecode(raw));

        // "© Name" and "Foto: Name" are picture credits, not bylines.
        if (text.Contains('©', StringComparison.Ordinal) || Credit.IsMatch(text))
        {
            return string.Empty;
        }

        var bar = text.IndexOfAny(['|', '•', '·']);
        if (bar > 0)
        {
            text = text[..bar];
        }

        text = Bracketed.Replace(text, " ");
        text = Email.Replace(text, " ");
        text = Url.Replace(text, " ");
        text = Handle.Replace(text, " ");
        text = Noise.Replace(text, string.Empty);
        text = DateWords.Replace(text, string.Empty);
        text = Affiliation.Replace(text, string.Empty);
        var digit = FirstDigit.Match(text);
        if (digit.Success)
        {
            text = text[..digit.Index];
        }

        text = TextFolding.Fold(text).TrimStart(' ', '-', '–', '—', ':', ',', ';', '/');
        for (var i = 0; i < 3; i++)
        {
            var stripped = Opener.Replace(text, string.Empty, 1);
            if (stripped == text)
            {
                break;
            }

            text = stripped;
        }

        return TrimEdges(text);
    }

    /// <summary>Strips punctuation and connective words left dangling at either end.</summary>
    public static string TrimEdges(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && TrailingWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // A closing full stop stays: it ends initials ("R. R.", "Muñoz C.").
        return string.Join(' ', words).Trim(' ', ',', ';', ':', '-', '–', '—', '/', '(', ')', '[', ']', '"', '«', '»', '“', '”', '\'', '*')
            .TrimStart('.');
    }
}
