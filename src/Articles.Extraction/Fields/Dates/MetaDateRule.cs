using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>The first plausible date among &lt;meta&gt; tags with the given names/properties, keys in priority order.</summary>
internal sealed class MetaDateRule(string name, params string[] keys) : IFieldRule<FoundDate>
{
    public string Name { get; } = name;

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var key in keys)
        {
            foreach (var value in page.Meta.All(key))
            {
                if (DateReader.FromValue(page, value) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
