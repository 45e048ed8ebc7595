using AngleSharp.Dom;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Layout;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// The &lt;time&gt; element closest to the article's headline, outside related lists, sidebars, footers and
/// comments. For the published date it skips times labelled as updates; for the modified date it takes only those.
/// </summary>
internal sealed class TimeElementRule(bool modified) : IFieldRule<FoundDate>
{
    // Weighted characters from the headline (see PageText.DistanceFromHeadline) beyond which a time is not the byline's.
    private const int MaxDistance = 1500;

    public string Name => modified ? "time-element-updated" : "time-element";

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = PageText.Of(page);
        FoundDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (element, index) in text.Times)
        {
            var distance = text.DistanceFromHeadline(index, element.TextContent.Length);
            if (distance >= bestDistance || (text.Headline is not null && distance > MaxDistance))
            {
                continue;
            }

            var isUpdate = UpdateMarkers.MarkedInMarkup(element) || UpdateMarkers.LabelledBefore(text.Text, index);
            if (isUpdate != modified)
            {
                continue;
            }

            if (Read(page, element) is { } found)
            {
                best = found;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static FoundDate? Read(PageContext page, IElement element)
    {
        var datetime = element.GetAttribute("datetime");
        if (!string.IsNullOrWhiteSpace(datetime))
        {
            return DateReader.FromValue(page, datetime);
        }

        // A bare <time>14:55</time> carries no date; only a full written date counts.
        var match = TextDateParser.FindFirst(element.TextContent, DateReader.MonthFirst(page));
        return match is null ? null : DateReader.FromMatch(page, match);
    }
}
