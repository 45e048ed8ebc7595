using System.Text.RegularExpressions;

namespace Articles.Extraction.Body;

/// <summary>Short lines that only carry a byline or a publication date ("By Jane Doe", "25 вересня 2023, 14:37").</summary>
internal static class DateLineText
{
    private const int MaxLength = 120;

    /// <summary>"By the end of the year, …" is prose; a byline is a few words without a closing stop.</summary>
    private const int MaxBylineLength = 60;

    private static readonly Regex Byline = new(
        @"^(by|von|автор(ка)?|авторы?|автори|текст|written\s+by|reporting\s+by|posted\s+by|" +
        @"published|updated|опубліковано|оновлено|опубликовано|обновлено|veröffentlicht|aktualisiert)\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex DateOnly = new(
        @"^[\p{L}\s,.]{0,30}\d{1,4}([./\-\s,]\p{L}{0,12}[./\-\s,]?\d{1,4}){1,2}(р\.|г\.|року|года)?[\s,|–—-]*(\d{1,2}:\d{2}(:\d{2})?)?(\s*(am|pm|utc|gmt|cet|cest|eet|eest))*$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex YearOrTime = new(
        @"\b(19|20)\d{2}\b|\b\d{1,2}:\d{2}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool IsBylineOrDate(string paragraph) =>
        paragraph.Length <= MaxLength
        && ((DateOnly.IsMatch(paragraph) && YearOrTime.IsMatch(paragraph))
            || (paragraph.Length <= MaxBylineLength && !paragraph.EndsWith('.') && Byline.IsMatch(paragraph)));
}
