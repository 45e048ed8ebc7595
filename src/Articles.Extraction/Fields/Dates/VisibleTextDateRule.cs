using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Layout;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// A date written in the page's visible text next to the headline (the byline), absolute or relative to the
/// reference time. A date labelled "Published" comes first, whatever its distance; when the URL carries a date, a text
/// date of another day is not trusted.
/// </summary>
/// <param name="modified">Take only dates labelled as updates (otherwise skip them).</param>
/// <param name="anywhere">Last resort: the first date anywhere in the visible article text, however far from the headline.</param>
internal sealed class VisibleTextDateRule(bool modified, bool anywhere = false) : IFieldRule<FoundDate>
{
    private const int MaxDistance = 1500;

    // A relative date ("2 hours ago") loses to an absolute one at a similar distance: it is often a comment's.
    private const int RelativePenalty = 300;

    // Bylines usually give the time too; a bare date nearby is as often an event the lead mentions.
    private const int DateOnlyPenalty = 100;

    public string Name => (modified ? "text-updated" : "text") + (anywhere ? "-anywhere" : string.Empty);

    public FoundDate? Find(PageContext page) => Search(page, modified, anywhere, MaxDistance, relativeToo: !anywhere);

    /// <summary>The date nearest the headline within <paramref name="maxDistance"/> (or the first one, anywhere).</summary>
    /// <param name="unambiguousOnly">Skip dates whose day and month could be swapped.</param>
    internal static FoundDate? Search(
        PageContext page, bool modified, bool anywhere, int maxDistance, bool relativeToo, bool unambiguousOnly = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!page.Budget.Allows("visible-text dates"))
        {
            return null;
        }

        var text = PageText.Of(page);
        var urlDate = modified ? null : UrlDateRule.Candidates(page).Select(UrlDateRule.Read).FirstOrDefault(d => d is not null);

        // Four rules search the same text (byline, text, text-anywhere, text-updated): scan it once per page.
        var absolute = page.Memo("dates:text-matches", p => TextDateParser.FindAll(text.Text, DateReader.MonthFirst(p)))
            .Select(m => (Match: m, Distance: anywhere
                ? m.Index
                : text.DistanceFromHeadline(m.Index, m.Length) + (m.Value.HasTime ? 0 : DateOnlyPenalty)));
        var relative = !relativeToo
            ? []
            : page.Memo("dates:relative-matches", p => RelativeDateParser.FindAll(text.Text, p.ReferenceTime))
                .Select(m => (Match: m, Distance: text.DistanceFromHeadline(m.Index, m.Length) + RelativePenalty));
        // A labelled publication date may sit further down (under the lead) than the byline window allows.
        var candidates = absolute.Concat(relative)
            .Select(c => (c.Match, c.Distance, Labelled: !modified && PublishMarkers.LabelledBefore(text.Text, c.Match.Index)))
            .Where(c => anywhere || text.Headline is null || c.Distance <= maxDistance
                || (c.Labelled && c.Distance <= MaxDistance))
            .OrderBy(c => c.Labelled ? 0 : 1)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Match.Index);

        foreach (var (match, _, _) in candidates)
        {
            if (UpdateMarkers.LabelledBefore(text.Text, match.Index) != modified || (unambiguousOnly && match.Ambiguous))
            {
                continue;
            }

            if (urlDate is { } day && (day.Year, day.Month, day.Day) != (match.Value.Year, match.Value.Month, match.Value.Day))
            {
                continue;
            }

            if (DateReader.FromMatch(page, match) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
