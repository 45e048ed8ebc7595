namespace Articles.Cli.Eval;

/// <summary>
/// How one page did on one field. Accuracy fields count <see cref="Correct"/> of <see cref="Total"/> items (one per
/// page, or one per matched pair for the role/affiliation/direct checks); set fields carry a <see cref="SetScore"/>
/// and the gold items missed and the predicted items in excess.
/// </summary>
internal sealed record FieldOutcome(string Field)
{
    public int Total { get; init; }
    public int Correct { get; init; }
    public SetScore? Set { get; init; }
    public string? Expected { get; init; }
    public string? Got { get; init; }
    public IReadOnlyList<string> Missing { get; init; } = [];
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>The extractor rule that answered the field (from provenance), to point at what to fix.</summary>
    public string? Rule { get; init; }

    public bool IsPerfect => Set is { } set ? set.IsPerfect : Correct == Total;

    public static FieldOutcome Check(string field, bool correct, string? expected, string? got) =>
        new(field) { Total = 1, Correct = correct ? 1 : 0, Expected = expected, Got = got };
}
