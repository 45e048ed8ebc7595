namespace Articles.Cli.Eval;

/// <summary>The two date checks of the corpus rules.</summary>
internal static class DateScorer
{
    /// <summary>Same calendar day as written (gold date-only values are compared on their day too).</summary>
    public static bool SameDay(IsoDate gold, string? predicted) => IsoDate.Parse(predicted) is { } p && p.Day == gold.Day;

    /// <summary>
    /// Only for gold values with a time: same day, same hour and minute, and the same offset or the same absence of
    /// one ("Z" equals "+00:00").
    /// </summary>
    public static bool SameMinute(IsoDate gold, string? predicted) =>
        IsoDate.Parse(predicted) is { } p && p.Day == gold.Day && p.Minute == gold.Minute && p.Offset == gold.Offset;
}
