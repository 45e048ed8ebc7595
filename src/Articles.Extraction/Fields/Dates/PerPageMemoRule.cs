using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// A date rule whose answer is computed once per page. The published cascade is consulted again by every modified
/// rule (to drop modified dates earlier than the published one); with its rules wrapped, those later runs are lookups.
/// </summary>
internal sealed class PerPageMemoRule(string key, IFieldRule<FoundDate> inner) : IFieldRule<FoundDate>
{
    private readonly string memoKey = "dates:" + key;

    public string Name => inner.Name;

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Memo<FoundDate?>(memoKey, inner.Find);
    }

    /// <summary>Wraps each rule under a key unique to its cascade and position.</summary>
    public static IFieldRule<FoundDate>[] All(string prefix, IEnumerable<IFieldRule<FoundDate>> rules) =>
        rules.Select((rule, i) => (IFieldRule<FoundDate>)new PerPageMemoRule($"{prefix}#{i}:{rule.Name}", rule)).ToArray();
}
