namespace Articles.Cli.Eval;

/// <summary>
/// One scored item: a page's field (or, for the role/affiliation/direct checks, one matched pair). Accuracy fields
/// are <see cref="Correct"/> or not; set fields carry a <see cref="SetScore"/> with the gold items missed and the
/// predicted items in excess.
/// </summary>
internal sealed record FieldOutcome(string Field)
{
    public bool Correct { get; init; }
    public SetScore? Set { get; init; }
    public string? Expected { get; init; }
    public string? Got { get; init; }
    public IReadOnlyList<string> Missing { get; init; } = [];
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>Whom a per-item check is about (the official, the quote), shown next to the field in details.</summary>
    public string? Subject { get; init; }

    /// <summary>The extractor rule that answered the field (from provenance), to point at what to fix.</summary>
    public string? Rule { get; init; }

    public bool IsPerfect => Set?.IsPerfect ?? Correct;

    public static FieldOutcome Check(string field, bool correct, string? expected, string? got) =>
        new(field) { Correct = correct, Expected = expected, Got = got };
}
