using System.Globalization;
using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>The time written just after a date ("…, 14:37", "… 9:12 AM UTC", "… um 14:37 Uhr") or just before it.</summary>
internal static class TimeOfDay
{
    private const int Window = 48;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Anchored at the end of a date: year words, separators and prepositions of the nine languages, then the time.
    private static readonly Regex After = new(
        @"^[\s,]*(?:г\.|года|год\.|року|р\.|roku|r\.)?[\s,]*(?:[|\-–—/·•@,]|at|um|à|a las|a la|alle|ore|às|as|о|об|в|во|godz\.|kl\.)?\s*"
        + @"(?<h>[0-9]{1,2})(?:[:h](?<mi>[0-9]{2})|\.(?<mi>[0-9]{2})(?=\s|$|[,;|)]))(?::(?<s>[0-9]{2}))?(?![0-9:])"
        + @"(?:\s*(?<ampm>[AaPp]\.?\s?[Mm]\.?)(?!\p{L}))?(?:\s*(?:Uhr|uhr|h)(?!\p{L}))?"
        + @"(?:\s*\(?(?<tz>Z|(?:UTC|GMT)\s?[+\-−][0-9]{1,2}(?::?[0-9]{2})?|[+\-−][0-9]{2}:?[0-9]{2}|[A-Z]{1,4})\)?(?!\p{L}))?",
        RegexOptions.CultureInvariant,
        Timeout);

    // Anchored at the start of a date: "14:37, 25.09.2023", "9:12 AM | Sept. 25, 2023".
    private static readonly Regex Before = new(
        @"(?<![0-9])(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?:\s*(?<ampm>[AaPp]\.?\s?[Mm]\.?))?\s*[,|/·•\-–—]?\s*$",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>Adds a time written right after (or, failing that, right before) the date at [index, index+length).</summary>
    public static DateMatch Attach(string text, DateMatch date)
    {
        try
        {
            return AttachOrThrow(text, date);
        }
        catch (RegexMatchTimeoutException)
        {
            // A stalled match (a busy machine, odd text) costs the date its time, not the page its dates.
            return date;
        }
    }

    private static DateMatch AttachOrThrow(string text, DateMatch date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(date);
        if (date.Value.HasTime)
        {
            return date;
        }

        var end = date.Index + date.Length;
        var tail = text.Substring(end, Math.Min(Window, text.Length - end));
        var after = After.Match(tail);
        if (after.Success && Build(date.Value, after) is { } withTime)
        {
            var length = date.Length + LengthUsed(after);
            return date with { Value = withTime, Length = length, Raw = text.Substring(date.Index, length).Trim() };
        }

        var start = Math.Max(0, date.Index - Window / 2);
        var head = text[start..date.Index];
        var before = Before.Match(head);
        if (before.Success && Build(date.Value, before) is { } timeFirst)
        {
            var index = start + before.Index;
            var length = end - index;
            return date with { Value = timeFirst, Index = index, Length = length, Raw = text.Substring(index, length).Trim() };
        }

        return date;
    }

    private static int LengthUsed(Match m)
    {
        // A trailing word that is no zone name ("and") is not part of the date.
        var tz = m.Groups["tz"];
        if (tz.Success && TimeZoneNames.Parse(tz.Value) is null)
        {
            return tz.Index;
        }

        return m.Length;
    }

    private static DateValue? Build(DateValue date, Match m)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        int? second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : null;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        var offset = m.Groups["tz"].Success ? TimeZoneNames.Parse(m.Groups["tz"].Value) : null;
        return DateValue.Create(date.Year, date.Month, date.Day, hour, minute, second, offset);
    }
}
