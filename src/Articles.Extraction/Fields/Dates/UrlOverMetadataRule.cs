using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// The full date in the article's URL, when the metadata's publication day lies more than a month after it. The URL
/// is fixed when the article is first written; CMS metadata is re-stamped on migrations and re-saves. Smaller gaps
/// are drafts published later (or time-zone shifts), and then the metadata (with its time and offset) answers.
/// </summary>
internal sealed class UrlOverMetadataRule(IReadOnlyList<IFieldRule<FoundDate>> metadataRules) : IFieldRule<FoundDate>
{
    // A URL is often minted when the draft is created, days or weeks before the metadata's publication time.
    private const int MaxDraftDays = 31;

    public string Name => "url-over-metadata";

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = new UrlDateRule().Find(page);
        if (url is null)
        {
            return null;
        }

        var metadata = metadataRules.Select(r => r.Find(page)).FirstOrDefault(d => d is not null);
        if (metadata is null
            || MachineDateParser.Parse(url.Iso) is not { } u
            || MachineDateParser.Parse(metadata.Iso) is not { } m)
        {
            return null;
        }

        return (m.WallTime.Date - u.WallTime.Date).TotalDays > MaxDraftDays ? url : null;
    }
}
