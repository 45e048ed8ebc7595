using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Summary;

/// <summary>
/// Tags read by one named rule: each value may hold several comma-separated tags; cleaned, without duplicates
/// (case-insensitive), in page order.
/// </summary>
internal sealed class TagListRule(string name, Func<PageContext, IEnumerable<string>> read) : IFieldRule<IReadOnlyList<string>>
{
    private const int MaxTagLength = 100;
    private const int MaxTags = 50;

    public string Name => name;

    public IReadOnlyList<string>? Find(PageContext page)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tags = new List<string>();
        foreach (var value in read(page))
        {
            foreach (var part in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (CleanText.Fold(part) is { Length: <= MaxTagLength } tag && seen.Add(tag) && tags.Count < MaxTags)
                {
                    tags.Add(tag);
                }
            }
        }

        return tags.Count > 0 ? tags : null;
    }
}
