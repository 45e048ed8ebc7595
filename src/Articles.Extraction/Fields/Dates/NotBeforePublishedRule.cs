using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>A modified-date rule whose answer is dropped when it lies before the page's published date.</summary>
internal sealed class NotBeforePublishedRule(IFieldRule<FoundDate> inner) : IFieldRule<FoundDate>
{
    public string Name => inner.Name;

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var found = inner.Find(page);
        if (found is null)
        {
            return null;
        }

        var published = PublishedRules.Cascade.Run(page)?.Value;
        return published is null || !IsEarlier(found, published) ? found : null;
    }

    private static bool IsEarlier(FoundDate modified, FoundDate published)
    {
        var m = MachineDateParser.Parse(modified.Iso);
        var p = MachineDateParser.Parse(published.Iso);
        if (m is not { } mv || p is not { } pv)
        {
            return false;
        }

        // Both instants known: compare exactly. Otherwise compare calendar days, the precision both share.
        if (mv.Offset is not null && pv.Offset is not null)
        {
            return mv.EarliestInstant() < pv.EarliestInstant();
        }

        if (mv.HasTime && pv.HasTime && mv.Offset is null && pv.Offset is null)
        {
            return mv.WallTime < pv.WallTime;
        }

        return mv.WallTime.Date < pv.WallTime.Date;
    }
}
