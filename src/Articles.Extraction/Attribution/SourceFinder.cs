using Articles.Extraction.Model;

namespace Articles.Extraction.Attribution;

/// <summary>Media and agencies the article cites. STUB: patterns and the gazetteer land here.</summary>
public static class SourceFinder
{
    public static IReadOnlyList<SourceCitation> Find(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}
