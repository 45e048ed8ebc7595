using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// Decides which blocks inside the article region are not article text: page chrome and embeds, blocks marked
/// as share bars / related news / captions by their class, short or link-heavy blocks with weak markers, link
/// lists, and the headline itself.
/// </summary>
internal static class SubtreePruner
{
    private const int WeakMarkerMaxLength = 250;
    private const double WeakMarkerLinkDensity = 0.5;
    private const double LinkListDensity = 0.6;

    private static readonly HashSet<string> ListTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "ul", "ol", "dl", "table", "div", "section",
    };

    /// <param name="element">The block to judge.</param>
    /// <param name="regionLength">Text length of the whole region: a block holding most of it is never pruned.</param>
    public static bool IsPruned(IElement element, int regionLength)
    {
        if (SkippedElements.IsSkipped(element) || element.LocalName == "h1")
        {
            return true;
        }

        var marker = BoilerplateMarkers.Classify(element);
        var needsMeasure = marker is MarkerStrength.Strong or MarkerStrength.Weak || ListTags.Contains(element.LocalName);
        if (!needsMeasure)
        {
            return false;
        }

        var length = LinkDensity.TextLength(element);
        if (length == 0)
        {
            return false;
        }

        // A wrapper holding most of the text is the article, whatever its class says ("post tag-politics").
        if (length > regionLength / 2 && length > WeakMarkerMaxLength)
        {
            return false;
        }

        var density = LinkDensity.Of(element);
        return marker switch
        {
            MarkerStrength.Strong => true,
            MarkerStrength.Weak => length <= WeakMarkerMaxLength || density > WeakMarkerLinkDensity,
            _ => density > LinkListDensity,
        };
    }
}
