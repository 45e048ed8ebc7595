using System.Globalization;

namespace Articles.Storage.Keys;

/// <summary>Sort keys for newest-first order: inverted UTC ticks (19 digits), and the month partition.</summary>
internal static class DateKeys
{
    public const int InvertedLength = 19;

    /// <summary>
    /// The instant of an ISO 8601 published value: with its offset when it has one; a wall time without offset
    /// and a bare date are read as UTC (a date as its midnight).
    /// </summary>
    public static long? ParseTicks(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcTicks
            : null;
    }

    public static string Inverted(long utcTicks) =>
        (DateTime.MaxValue.Ticks - utcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static string Month(long utcTicks) =>
        new DateTime(utcTicks, DateTimeKind.Utc).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool IsMonth(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
