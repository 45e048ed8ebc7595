namespace Articles.Extraction;

/// <summary>What the caller knows about a page besides its bytes.</summary>
/// <param name="ContentType">The HTTP Content-Type header, whose charset outranks the page's own declaration.</param>
/// <param name="SourceUrl">Where the page came from; used for URL date patterns and resolving relative links.</param>
/// <param name="ReferenceTime">"Now" for relative dates and for rejecting future dates; defaults to the current time.</param>
/// <param name="TimeBudget">How long optional work may run (see <see cref="ExtractionBudget"/>); null for no limit,
/// so the library and the CLI give the same answer however busy the machine is. Services pass one.</param>
public sealed record ExtractionHints(
    string? ContentType = null,
    Uri? SourceUrl = null,
    DateTimeOffset? ReferenceTime = null,
    TimeSpan? TimeBudget = null)
{
    /// <summary>What the API uses: far above what a real page needs (tens of milliseconds); only hostile pages reach it.</summary>
    public static TimeSpan DefaultTimeBudget { get; } = TimeSpan.FromSeconds(5);

    public static ExtractionHints None { get; } = new();
}
