namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>Rejects dates no article can carry: before the web news era or after the reference time.</summary>
internal static class DatePlausibility
{
    public const int MinimumYear = 1995;

    // Clocks of servers and of the reference differ a little; a stated instant may run this far ahead.
    private static readonly TimeSpan InstantTolerance = TimeSpan.FromMinutes(10);

    public static bool IsPlausible(DateValue value, DateTimeOffset reference)
    {
        if (value.Year < MinimumYear)
        {
            return false;
        }

        if (value.Offset is not null)
        {
            return value.EarliestInstant() <= reference + InstantTolerance;
        }

        // No offset: the page's zone is unknown, so allow what any zone on Earth could already have reached.
        if (value.HasTime)
        {
            return value.EarliestInstant() <= reference + InstantTolerance;
        }

        // A date alone: up to one day ahead of the reference's UTC date.
        return value.WallTime.Date <= reference.UtcDateTime.Date.AddDays(1);
    }
}
