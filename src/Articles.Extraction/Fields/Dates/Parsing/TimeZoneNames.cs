using System.Globalization;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>Offsets written after a time: "Z", "+03:00", "+0300", "GMT+2" and the common zone abbreviations.</summary>
internal static class TimeZoneNames
{
    private static readonly Dictionary<string, TimeSpan> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = TimeSpan.Zero,
        ["UTC"] = TimeSpan.Zero,
        ["GMT"] = TimeSpan.Zero,
        ["WET"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1),
        ["WEST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1),
        ["MEZ"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2),
        ["MESZ"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2),
        ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3),
        ["EST"] = TimeSpan.FromHours(-5),
        ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7),
        ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7),
    };

    /// <summary>Reads "Z", a zone abbreviation, "+hh", "+hhmm", "+hh:mm", optionally after "UTC"/"GMT".</summary>
    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (Abbreviations.TryGetValue(t, out var known))
        {
            return known;
        }

        foreach (var prefix in (string[])["UTC", "GMT"])
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                t = t[prefix.Length..].Trim();
            }
        }

        if (t.Length < 2 || (t[0] != '+' && t[0] != '-' && t[0] != '−'))
        {
            return null;
        }

        var sign = t[0] == '+' ? 1 : -1;
        var digits = t[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit) || digits.Length is not (1 or 2 or 4))
        {
            return null;
        }

        var hours = int.Parse(digits.Length == 4 ? digits[..2] : digits, CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        return hours > 14 || minutes > 59 ? null : sign * new TimeSpan(hours, minutes, 0);
    }
}
