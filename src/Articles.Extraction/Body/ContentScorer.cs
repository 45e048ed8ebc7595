using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// Text-density scoring of candidate containers: every prose block (a paragraph of 25+ characters) gives its
/// parent a score for its length and commas, half of it to the grandparent and a third to the next one up; class
/// words and link density then adjust each container's score.
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int MaxDepth = 400;

    private static readonly HashSet<string> ProseTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pre", "blockquote", "td",
    };

    public static Dictionary<IElement, double> Score(IElement root)
    {
        var raw = new Dictionary<IElement, double>();
        Visit(root, raw, 0, LinkDensity.TextLength(root));
        var final = new Dictionary<IElement, double>(raw.Count);
        foreach (var (element, score) in raw)
        {
            final[element] = score * (1 - LinkDensity.Of(element));
        }

        return final;
    }

    public static bool IsProseBlock(IElement element) =>
        ProseTags.Contains(element.LocalName)
        || (element.LocalName is "div" or "section" or "span" && !element.Children.Any(BlockElements.IsBlock));

    private static void Visit(IElement element, Dictionary<IElement, double> scores, int depth, int pageLength)
    {
        if (depth > MaxDepth || SkippedElements.IsSkipped(element))
        {
            return;
        }

        // A marked block holding most of the page's text is a layout wrapper ("content-with-sidebar"), not chrome.
        if (BoilerplateMarkers.Classify(element) == MarkerStrength.Strong
            && LinkDensity.TextLength(element) * 2 < pageLength)
        {
            return;
        }

        if (IsProseBlock(element) && element.LocalName != "td")
        {
            AddParagraph(element, scores);
            return;
        }

        if (element.LocalName == "td")
        {
            AddParagraph(element, scores);
        }

        foreach (var child in element.Children)
        {
            Visit(child, scores, depth + 1, pageLength);
        }
    }

    private static void AddParagraph(IElement paragraph, Dictionary<IElement, double> scores)
    {
        // Length and commas of the folded text, counted without folding it (commas are never whitespace).
        var text = paragraph.TextContent;
        var length = TextFolding.FoldedLength(text);
        if (length < MinParagraphLength)
        {
            return;
        }

        var points = 1 + text.AsSpan().Count(',') + text.AsSpan().Count('，') + text.AsSpan().Count('、') + Math.Min(length / 100, 3);
        var ancestor = paragraph.ParentElement;
        for (var level = 0; level < 3 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            if (!scores.TryGetValue(ancestor, out var current))
            {
                current = InitialScore(ancestor);
            }

            scores[ancestor] = current + (points / (level == 0 ? 1.0 : level == 1 ? 2.0 : 3.0));
        }
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "article" or "main" => 10,
            "div" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ul" or "ol" or "dl" or "form" or "li" => -3,
            "body" or "html" => -5,
            _ => 0,
        };

        return score + BoilerplateMarkers.Classify(element) switch
        {
            MarkerStrength.Positive => 25,
            MarkerStrength.Weak => -25,
            MarkerStrength.Strong => -50,
            _ => 0,
        };
    }
}
