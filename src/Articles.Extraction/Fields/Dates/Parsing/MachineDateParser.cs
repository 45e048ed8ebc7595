using System.Globalization;
using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>
/// Reads one date value from an attribute or metadata field: ISO 8601 (also with a space, "+0300" or no seconds),
/// "20191016", RFC 1123 ("Wed, 16 Oct 2019 10:00:00 GMT"), Unix seconds, and otherwise any written date.
/// </summary>
internal static class MachineDateParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Iso = new(
        @"^\s*(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})"
        + @"(?:(?:T|\s+)(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<tz>Z|UTC|GMT|[+\-−][0-9]{2}(?::?[0-9]{2})?)?)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Timeout);

    private static readonly Regex Compact = new(
        @"^\s*(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})(?:T?(?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?(?<tz>Z|[+\-][0-9]{4})?)?\s*$",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex UnixSeconds = new(@"^\s*(?<n>[0-9]{10})(?:[0-9]{3})?\s*$", RegexOptions.CultureInvariant, Timeout);

    public static DateValue? Parse(string? text, bool monthFirst = false)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        try
        {
            if (FromGroups(Iso.Match(text)) is { } iso)
            {
                return iso;
            }

            if (FromGroups(Compact.Match(text)) is { } compact)
            {
                return compact;
            }

            if (UnixSeconds.Match(text) is { Success: true } unix)
            {
                var seconds = long.Parse(unix.Groups["n"].Value, CultureInfo.InvariantCulture);
                return DateValue.FromInstant(DateTimeOffset.FromUnixTimeSeconds(seconds));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return TextDateParser.FindFirst(text, monthFirst)?.Value;
    }

    private static DateValue? FromGroups(Match m)
    {
        if (!m.Success)
        {
            return null;
        }

        var year = Int(m.Groups["y"].Value);
        var month = Int(m.Groups["m"].Value);
        var day = Int(m.Groups["d"].Value);
        if (!m.Groups["h"].Success)
        {
            return DateValue.Create(year, month, day);
        }

        int? second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : null;
        var offset = m.Groups["tz"].Success ? TimeZoneNames.Parse(m.Groups["tz"].Value) : null;
        return DateValue.Create(year, month, day, Int(m.Groups["h"].Value), Int(m.Groups["mi"].Value), second, offset);
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
