using System.Globalization;
using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>
/// "сьогодні, 14:37", "вчера в 9:10", "yesterday at 9:12", "2 hours ago", "3 години тому", "5 минут назад", "vor 2 Stunden",
/// resolved against the reference time (in the reference's own offset).
/// </summary>
internal static class RelativeDateParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Compiled: these run over every page's whole text (the interpreter was a top item in the profile).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static readonly Regex DayWord = new(
        @"(?<!\p{L})(?:(?<today>сьогодні|сегодня|today|heute|aujourd'hui|aujourd’hui|hoy|oggi|dzisiaj|dziś|hoje)"
        + @"|(?<yesterday>вчора|учора|вчера|yesterday|gestern|hier|ayer|ieri|wczoraj|ontem))(?!\p{L})"
        + @"[\s,]*(?:at|um|à|a las|alle|às|о|об|в|во|o|,)?\s*(?<h>[0-9]{1,2})[:h](?<mi>[0-9]{2})(?![0-9])",
        Options,
        Timeout);

    private static readonly Regex Ago = new(
        @"(?<!\p{L})(?:(?<n>[0-9]{1,3})|(?<one>an?|one|одну|одна|один|одну))?\s*"
        + @"(?<unit>minutes?|mins?|hours?|hrs?|days?|хвилин[иу]?|годин[иу]?|день|дні|днів|доби|минут[уы]?|час(?:а|ов)?|дн(?:я|ей))"
        + @"\s+(?:ago|тому|назад)(?!\p{L})"
        + @"|(?<!\p{L})vor\s+(?:(?<n>[0-9]{1,3})|(?<one>einer?))\s+(?<unit>Minuten?|Stunden?|Tagen?)(?!\p{L})"
        + @"|(?<!\p{L})il y a\s+(?:(?<n>[0-9]{1,3})|(?<one>une?))\s+(?<unit>minutes?|heures?|jours?)(?!\p{L})"
        + @"|(?<!\p{L})hace\s+(?:(?<n>[0-9]{1,3})|(?<one>una?))\s+(?<unit>minutos?|horas?|días?)(?!\p{L})",
        Options,
        Timeout);

    /// <summary>All relative dates in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text, DateTimeOffset reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMatch>();
        try
        {
            foreach (Match m in DayWord.Matches(text))
            {
                if (ReadDayWord(m, reference) is { } value)
                {
                    found.Add(new DateMatch(value, m.Index, m.Length, m.Value.Trim()));
                }
            }

            foreach (Match m in Ago.Matches(text))
            {
                if (ReadAgo(m, reference) is { } value)
                {
                    found.Add(new DateMatch(value, m.Index, m.Length, m.Value.Trim()));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the time ran out.
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    // A bare "today"/"heute"/"hier" is prose or a menu far more often than a byline: a time must follow.
    private static DateValue? ReadDayWord(Match m, DateTimeOffset reference)
    {
        var day = m.Groups["yesterday"].Success ? reference.AddDays(-1) : reference;

        // "сьогодні, 14:37" is the site's wall clock: keep it without an offset.
        return DateValue.Create(
            day.Year, day.Month, day.Day, Int(m.Groups["h"].Value), Int(m.Groups["mi"].Value), 0, null);
    }

    private static DateValue? ReadAgo(Match m, DateTimeOffset reference)
    {
        var count = m.Groups["n"].Success ? Int(m.Groups["n"].Value) : 1;
        if (!m.Groups["n"].Success && !m.Groups["one"].Success && !IsSingularUnit(m.Groups["unit"].Value))
        {
            return null;
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (IsDayUnit(unit))
        {
            return DateValue.FromDate(reference.AddDays(-count).DateTime);
        }

        var span = IsHourUnit(unit) ? TimeSpan.FromHours(count) : TimeSpan.FromMinutes(count);
        var instant = reference - span;
        return DateValue.FromInstant(instant.AddSeconds(-instant.Second));
    }

    // "годину тому", "час назад": a bare singular unit means one.
    private static bool IsSingularUnit(string unit) =>
        unit.ToLowerInvariant() is "годину" or "час" or "хвилину" or "минуту" or "день" or "доби";

    private static bool IsDayUnit(string unit) =>
        unit.StartsWith("day", StringComparison.Ordinal) || unit.StartsWith("дн", StringComparison.Ordinal)
        || unit is "день" or "доби" || unit.StartsWith("tag", StringComparison.Ordinal)
        || unit.StartsWith("jour", StringComparison.Ordinal) || unit.StartsWith("día", StringComparison.Ordinal);

    private static bool IsHourUnit(string unit) =>
        unit.StartsWith('h') || unit.StartsWith("год", StringComparison.Ordinal)
        || unit.StartsWith("час", StringComparison.Ordinal) || unit.StartsWith("stund", StringComparison.Ordinal);

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
