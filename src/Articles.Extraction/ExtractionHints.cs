namespace Articles.Extraction;

/// <summary>What the caller knows about a page besides its bytes.</summary>
/// <param name="ContentType">The HTTP Content-Type header, whose charset outranks the page's own declaration.</param>
/// <param name="SourceUrl">Where the page came from; used for URL date patterns and resolving relative links.</param>
/// <param name="ReferenceTime">"Now" for relative dates and for rejecting future dates; defaults to the current time.</param>
public sealed record ExtractionHints(
    string? ContentType = null,
    Uri? SourceUrl = null,
    DateTimeOffset? ReferenceTime = null)
{
    public static ExtractionHints None { get; } = new();
}
