using Articles.Extraction.Model;

namespace Articles.Extraction.Attribution;

/// <summary>Officials and quoted speakers with their quotes. STUB: quote and speaker rules land here.</summary>
public static class OfficialFinder
{
    public static IReadOnlyList<Official> Find(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}
