using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// Walks the article region once, in document order, cutting paragraphs at block boundaries and at double
/// &lt;br&gt;, keeping each paragraph's links with their offsets. Pruned blocks are not entered, so no text is
/// read twice.
/// </summary>
internal sealed class ParagraphCollector
{
    private const int MaxDepth = 400;

    private readonly Uri? baseUrl;
    private readonly int regionLength;
    private readonly List<BodyParagraph> paragraphs = [];
    private readonly ParagraphBuilder current = new();
    private int pendingBreaks;

    private ParagraphCollector(Uri? baseUrl, int regionLength)
    {
        this.baseUrl = baseUrl;
        this.regionLength = regionLength;
    }

    public static IReadOnlyList<BodyParagraph> Collect(IReadOnlyList<IElement> parts, Uri? baseUrl)
    {
        var collector = new ParagraphCollector(baseUrl, parts.Sum(LinkDensity.TextLength));
        foreach (var part in parts)
        {
            collector.VisitElement(part, 0);
            collector.Flush();
        }

        return collector.paragraphs;
    }

    private void VisitElement(IElement element, int depth)
    {
        if (depth > MaxDepth || SubtreePruner.IsPruned(element, regionLength))
        {
            return;
        }

        if (element.LocalName == "br")
        {
            pendingBreaks++;
            if (pendingBreaks >= 2)
            {
                Flush();
            }
            else
            {
                current.AppendSpace();
            }

            return;
        }

        var block = BlockElements.IsBlock(element);
        if (block)
        {
            Flush();
        }

        var linkStart = element.LocalName == "a" ? current.NextStart : -1;
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IElement childElement:
                    VisitElement(childElement, depth + 1);
                    break;
                case IText text:
                    AppendText(text.Data);
                    break;
            }
        }

        if (linkStart >= 0 && element.GetAttribute("href") is { } href && !IsPseudoLink(href))
        {
            current.AddLink(linkStart, BaseUrl.Resolve(baseUrl, href));
        }

        if (block)
        {
            Flush();
        }
    }

    private void AppendText(string data)
    {
        if (TextFolding.HasText(data))
        {
            pendingBreaks = 0;
        }

        current.Append(data);
    }

    private void Flush()
    {
        pendingBreaks = 0;
        if (current.Take() is { } paragraph && ParagraphFilter.Keeps(paragraph))
        {
            paragraphs.Add(paragraph);
        }
    }

    private static bool IsPseudoLink(string href)
    {
        var trimmed = href.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }
}
