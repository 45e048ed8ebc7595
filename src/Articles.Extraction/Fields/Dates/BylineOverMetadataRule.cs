using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Layout;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// The date printed right by the headline, when the page's metadata names another day. Readers see the byline;
/// CMS metadata goes stale (a draft's creation date, a republished piece's first date, a server-zone midnight shift).
/// Silent when there is no metadata date or when both agree on the day, so that the metadata (with its offset) answers;
/// silent too when the byline shows the metadata's modification day (an unlabelled "updated" byline).
/// </summary>
internal sealed class BylineOverMetadataRule(
    IReadOnlyList<IFieldRule<FoundDate>> metadataRules, IReadOnlyList<IFieldRule<FoundDate>> modifiedRules)
    : IFieldRule<FoundDate>
{
    // Weighted characters (see PageText.DistanceFromHeadline): the byline line itself, not the article body.
    private const int BylineDistance = 300;

    public string Name => "text-byline";

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (PageText.Of(page).Headline is null)
        {
            return null;
        }

        var metadata = metadataRules.Select(r => r.Find(page)).FirstOrDefault(d => d is not null);
        if (metadata is null)
        {
            return null;
        }

        var byline = VisibleTextDateRule.Search(
            page, modified: false, anywhere: false, BylineDistance, relativeToo: false, unambiguousOnly: true);
        if (byline is null || SameDay(byline, metadata))
        {
            return null;
        }

        var modified = modifiedRules.Select(r => r.Find(page)).FirstOrDefault(d => d is not null);
        return modified is not null && SameDay(byline, modified) ? null : byline;
    }

    private static bool SameDay(FoundDate a, FoundDate b) =>
        a.Iso.Length >= 10 && b.Iso.Length >= 10 && string.CompareOrdinal(a.Iso, 0, b.Iso, 0, 10) == 0;
}
