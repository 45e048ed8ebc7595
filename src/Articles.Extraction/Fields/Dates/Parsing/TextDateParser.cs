using System.Globalization;
using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>
/// Finds absolute dates in running text: numeric forms ("2023-09-25", "25.09.2023", "09/25/2023") and written ones
/// ("25 вересня 2023", "September 25, 2023", "16. Oktober 2019", "16 de octubre de 2019"), each with a time that
/// follows or precedes it.
/// </summary>
internal static class TextDateParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Compiled: these run over every page's whole text (the interpreter was a top item in the profile).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static readonly Regex IsoLike = new(
        @"(?<![0-9.\-/])(?<y>(?:19|20)[0-9]{2})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})"
        + @"(?:[T\s]\s*(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,][0-9]+)?)?(?<tz>Z|[+\-−][0-9]{2}:?[0-9]{2})?)?(?![0-9\-])",
        Options,
        Timeout);

    private static readonly Regex YearFirst = new(
        @"(?<![0-9.\-/])(?<y>(?:19|20)[0-9]{2})[/.](?<m>[0-9]{1,2})[/.](?<d>[0-9]{1,2})(?![0-9/])",
        Options,
        Timeout);

    private static readonly Regex DotsDayFirst = new(
        @"(?<![0-9.\-/])(?<d>[0-9]{1,2})\.\s?(?<m>[0-9]{1,2})\.\s?(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9/]|\.[0-9])"
        + @"|(?<![0-9|])(?<d>[0-9]{1,2})\s?\|\s?(?<m>[0-9]{1,2})\s?\|\s?(?<y>(?:19|20)[0-9]{2})(?![0-9|])",
        Options,
        Timeout);

    private static readonly Regex Slashes = new(
        @"(?<![0-9.\-/])(?<a>[0-9]{1,2})[/\-](?<b>[0-9]{1,2})[/\-](?<y>(?:19|20)[0-9]{2})(?![0-9/\-])",
        Options,
        Timeout);

    private static readonly Regex DayMonthYear = new(
        @"(?<![0-9.\-/])(?<d>[0-9]{1,2})(?:\.|st|nd|rd|th|er|º|°|-го|-е)?\s*(?:de\s+|di\s+)?(?<mon>\p{L}{3,15})\.?,?\s+(?:de\s+|del\s+)?(?<y>(?:19|20)[0-9]{2})(?![0-9])",
        Options,
        Timeout);

    // A day range ("14. – 20. Januar 2022", "14–20 вересня", "March 3-5, 2021") is read as its first day.
    private static readonly Regex DayRangeMonthYear = new(
        @"(?<![0-9.\-/])(?<d>[0-9]{1,2})\.?\s*[-–—]\s*(?<e>[0-9]{1,2})(?:\.|st|nd|rd|th)?\s*(?:de\s+)?(?<mon>\p{L}{3,15})\.?,?\s+(?:de\s+)?(?<y>(?:19|20)[0-9]{2})(?![0-9])"
        + @"|(?<!\p{L})(?<mon>\p{L}{3,15})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s*[-–—]\s*(?<e>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9]{2})(?![0-9])",
        Options,
        Timeout);

    private static readonly Regex MonthDayYear = new(
        @"(?<!\p{L})(?<mon>\p{L}{3,15})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\.?,?\s+(?<y>(?:19|20)[0-9]{2})(?![0-9])",
        Options,
        Timeout);

    /// <summary>All dates in <paramref name="text"/>, in text order, without overlaps.</summary>
    /// <param name="monthFirst">Read an ambiguous "04/05/2023" as April 5 (US usage) rather than 4 May.</param>
    public static IReadOnlyList<DateMatch> FindAll(string text, bool monthFirst = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMatch>();
        Collect(found, IsoLike, text, m => Numeric(m, "y", "m", "d"));
        Collect(found, YearFirst, text, m => Numeric(m, "y", "m", "d"));
        Collect(found, DotsDayFirst, text, m => Numeric(m, "y", "m", "d"));
        Collect(found, Slashes, text, m => Ambiguous(m, monthFirst), IsAmbiguous);
        Collect(found, DayMonthYear, text, Written);
        Collect(found, MonthDayYear, text, Written);
        Collect(found, DayRangeMonthYear, text, RangeStart);
        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));

        var result = new List<DateMatch>();
        var covered = -1;
        foreach (var match in found)
        {
            if (match.Index < covered)
            {
                continue;
            }

            var withTime = TimeOfDay.Attach(text, match);
            if (withTime.Index < covered)
            {
                withTime = match;
            }

            result.Add(withTime);
            covered = withTime.Index + withTime.Length;
        }

        return result;
    }

    /// <summary>The first date in <paramref name="text"/>, if any.</summary>
    public static DateMatch? FindFirst(string text, bool monthFirst = false) =>
        FindAll(text, monthFirst) is [var first, ..] ? first : null;

    private static void Collect(
        List<DateMatch> found, Regex regex, string text, Func<Match, DateValue?> read, Func<Match, bool>? ambiguous = null)
    {
        try
        {
            foreach (Match m in regex.Matches(text))
            {
                if (read(m) is { } value)
                {
                    found.Add(new DateMatch(value, m.Index, m.Length, m.Value.Trim(), ambiguous?.Invoke(m) ?? false));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile or enormous text: keep what was found so far.
        }
    }

    private static DateValue? Numeric(Match m, string y, string mo, string d)
    {
        var year = Year(m.Groups[y].Value);
        var month = Int(m.Groups[mo].Value);
        var day = Int(m.Groups[d].Value);
        if (!m.Groups["h"].Success)
        {
            return DateValue.Create(year, month, day);
        }

        int? second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : null;
        var offset = m.Groups["tz"].Success ? TimeZoneNames.Parse(m.Groups["tz"].Value) : null;
        return DateValue.Create(year, month, day, Int(m.Groups["h"].Value), Int(m.Groups["mi"].Value), second, offset);
    }

    private static DateValue? Ambiguous(Match m, bool monthFirst)
    {
        var a = Int(m.Groups["a"].Value);
        var b = Int(m.Groups["b"].Value);
        var year = Year(m.Groups["y"].Value);
        var readMonthFirst = a > 12 ? false : b > 12 || monthFirst;
        return readMonthFirst ? DateValue.Create(year, a, b) : DateValue.Create(year, b, a);
    }

    private static bool IsAmbiguous(Match m) =>
        Int(m.Groups["a"].Value) <= 12 && Int(m.Groups["b"].Value) <= 12 && m.Groups["a"].Value != m.Groups["b"].Value;

    private static DateValue? Written(Match m)
    {
        var month = MonthNames.Lookup(m.Groups["mon"].Value);
        return month is null ? null : DateValue.Create(Year(m.Groups["y"].Value), month.Value, Int(m.Groups["d"].Value));
    }

    private static DateValue? RangeStart(Match m) =>
        Int(m.Groups["d"].Value) < Int(m.Groups["e"].Value) ? Written(m) : null;

    private static int Year(string digits)
    {
        var year = Int(digits);
        return digits.Length == 2 ? 2000 + year : year;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
