namespace Articles.Cli.Eval;

/// <summary>
/// A field's score over a corpus. Accuracy fields: correct of scored items. Set fields: micro-averaged P/R/F1 (counts
/// summed over pages, so pages with more gold items weigh more) plus the macro F1 (mean of per-page F1).
/// </summary>
internal sealed class FieldTally(string field)
{
    private static readonly string[] OrderArray =
    [
        "headline", "published.day", "published.minute", "modified.day", "modified.minute", "language", "site",
        "canonical", "authors", "sources", "officials", "officials.role", "officials.affiliation", "quotes",
        "quotes.text", "quotes.direct",
    ];

    private double sumPageF1;

    /// <summary>Every field eval knows, in report order.</summary>
    public static IReadOnlyList<string> Order => OrderArray;

    public string Field { get; } = field;

    public bool IsSet { get; private set; }

    /// <summary>Pages scored for set fields; items scored (pages or matched pairs) for accuracy fields.</summary>
    public int Count { get; private set; }

    public int Correct { get; private set; }

    public SetScore Set { get; private set; }

    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;

    public double MacroF1 => Count == 0 ? 0 : sumPageF1 / Count;

    public void Add(FieldOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Set is { } set)
        {
            IsSet = true;
            Count++;
            Set += set;
            sumPageF1 += set.F1;
        }
        else
        {
            Count++;
            Correct += outcome.Correct ? 1 : 0;
        }
    }

    public static int Rank(string field)
    {
        var index = Array.IndexOf(OrderArray, field);
        return index < 0 ? int.MaxValue : index;
    }
}
