using System.Globalization;
using System.Text.RegularExpressions;

namespace Articles.Cli.Eval;

/// <summary>
/// An ISO 8601 date as written: the wall-clock day, the minute when a time is given, and the offset when one is
/// stated ("Z" is "+00:00"). Instants are not converted: a page's stated wall time is what is scored.
/// </summary>
internal sealed partial record IsoDate(string Day, string? Minute, string? Offset)
{
    public bool HasTime => Minute is not null;

    public static IsoDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var day = $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}";
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        var minute = match.Groups["h"].Success ? $"{match.Groups["h"].Value}:{match.Groups["min"].Value}" : null;
        return new IsoDate(day, minute, NormalizeOffset(match.Groups["z"]));
    }

    private static string? NormalizeOffset(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var z = group.Value.Replace(":", string.Empty, StringComparison.Ordinal);
        if (z is "Z" or "z")
        {
            return "+00:00";
        }

        var minutes = z.Length >= 5 ? z[3..5] : "00";
        var sign = z[0] == '-' && z[1..] is not ("00" or "0000") ? "-" : "+";
        return $"{sign}{z[1..3]}:{minutes}";
    }

    [GeneratedRegex(
        @"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?<z>Z|z|[+-]\d{2}(?::?\d{2})?)?)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
