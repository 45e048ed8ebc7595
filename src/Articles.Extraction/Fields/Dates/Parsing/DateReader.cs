using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>Turns a page's date string into a <see cref="FoundDate"/>, or null when it is unreadable or implausible.</summary>
internal static class DateReader
{
    /// <summary>A machine-readable value (metadata, attribute) or, failing that, a written date.</summary>
    public static FoundDate? FromValue(PageContext page, string? raw)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = MachineDateParser.Parse(raw, MonthFirst(page));
        return value is { } v && DatePlausibility.IsPlausible(v, page.ReferenceTime)
            ? new FoundDate(v.ToIso(), raw.Trim())
            : null;
    }

    /// <summary>A date found in text; the <see cref="FoundDate"/> says nothing of how sure the reading was.</summary>
    public static FoundDate? FromMatch(PageContext page, DateMatch match)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(match);
        return DatePlausibility.IsPlausible(match.Value, page.ReferenceTime)
            ? new FoundDate(match.Value.ToIso(), match.Raw)
            : null;
    }

    /// <summary>US English writes 09/25/2023; every other language here puts the day first.</summary>
    public static bool MonthFirst(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lang = page.Document.DocumentElement?.GetAttribute("lang")?.Trim().ToLowerInvariant();
        return lang is "en" or "en-us" or "en_us";
    }
}
