namespace Articles.Cli.Eval;

/// <summary>
/// Which fields <c>--details</c> shows: none given means all; "published" selects "published.day" and
/// "published.minute"; names may be repeated or comma-separated.
/// </summary>
internal sealed class FieldFilter(IEnumerable<string> names)
{
    private readonly List<string> names = names
        .SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToList();

    // quotes.text repeats the quote misses unless a speaker was wrong, so it shows only when asked for by name.
    public bool Includes(string field) => names.Count == 0
        ? field != "quotes.text"
        : names.Any(n => field == n || (field != "quotes.text" && field.StartsWith(n + ".", StringComparison.Ordinal)));

    /// <summary>Names that select no known field, so a typo is reported instead of printing nothing.</summary>
    public IEnumerable<string> Unknown() =>
        names.Where(n => !FieldTally.Order.Any(f => f == n || f.StartsWith(n + ".", StringComparison.Ordinal)));
}
