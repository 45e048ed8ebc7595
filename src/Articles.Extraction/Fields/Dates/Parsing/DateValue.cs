using System.Globalization;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>
/// A calendar date with the precision the page stated: a time only when it gave one, an offset only when it gave one.
/// </summary>
internal readonly record struct DateValue(int Year, int Month, int Day, int? Hour, int? Minute, int? Second, TimeSpan? Offset)
{
    public bool HasTime => Hour is not null;

    public static DateValue? Create(
        int year, int month, int day, int? hour = null, int? minute = null, int? second = null, TimeSpan? offset = null)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (hour is null)
        {
            return new DateValue(year, month, day, null, null, null, null);
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return null;
        }

        if (offset is { } o && (o.Duration() > TimeSpan.FromHours(14) || o.Seconds != 0))
        {
            return null;
        }

        return new DateValue(year, month, day, hour, minute ?? 0, second ?? 0, offset);
    }

    public static DateValue FromDate(DateTime date) => new(date.Year, date.Month, date.Day, null, null, null, null);

    public static DateValue FromInstant(DateTimeOffset instant) =>
        new(instant.Year, instant.Month, instant.Day, instant.Hour, instant.Minute, instant.Second, instant.Offset);

    /// <summary>The wall date and time as written, ignoring the offset.</summary>
    public DateTime WallTime => new(Year, Month, Day, Hour ?? 0, Minute ?? 0, Second ?? 0, DateTimeKind.Unspecified);

    public DateValue WithOffset(TimeSpan? offset) => HasTime ? this with { Offset = offset } : this;

    public string ToIso()
    {
        var date = string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
        if (!HasTime)
        {
            return date;
        }

        var time = string.Create(CultureInfo.InvariantCulture, $"{date}T{Hour:D2}:{Minute:D2}:{Second:D2}");
        if (Offset is not { } offset)
        {
            return time;
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{time}{sign}{abs.Hours:D2}:{abs.Minutes:D2}");
    }

    /// <summary>
    /// The earliest instant this value could mean: exact with an offset; without one, the wall time read in the
    /// easternmost zone (UTC+14).
    /// </summary>
    public DateTimeOffset EarliestInstant()
    {
        if (Offset is { } offset)
        {
            return new DateTimeOffset(WallTime, offset);
        }

        var utc = new DateTimeOffset(WallTime, TimeSpan.Zero);
        return utc - TimeSpan.FromHours(14);
    }
}
