using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// Neighbours of the main container that belong to the text: scored blocks close to its score, and plain prose
/// paragraphs (a lead or standfirst printed just outside the body wrapper).
/// </summary>
internal static class SiblingExpansion
{
    private const int LongParagraph = 80;

    public static IReadOnlyList<IElement> Expand(IElement container, IReadOnlyDictionary<IElement, double> scores)
    {
        if (container.ParentElement is not { } parent)
        {
            return [container];
        }

        var threshold = Math.Max(10, scores.GetValueOrDefault(container) * 0.2);
        var parts = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == container || Belongs(sibling, scores, threshold))
            {
                parts.Add(sibling);
            }
        }

        return parts;
    }

    private static bool Belongs(IElement sibling, IReadOnlyDictionary<IElement, double> scores, double threshold)
    {
        if (SkippedElements.IsSkipped(sibling) || BlockElements.IsHeading(sibling)
            || BoilerplateMarkers.Classify(sibling) is MarkerStrength.Strong or MarkerStrength.Weak)
        {
            return false;
        }

        if (scores.TryGetValue(sibling, out var score) && score >= threshold)
        {
            return true;
        }

        if (sibling.LocalName != "p")
        {
            return false;
        }

        var text = TextFolding.Fold(sibling.TextContent);
        var density = LinkDensity.Of(sibling);
        return (text.Length > LongParagraph && density < 0.25)
            || (text.Length > 0 && density == 0 && text[^1] is '.' or '!' or '?' or '…');
    }
}
