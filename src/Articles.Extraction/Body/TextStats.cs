using AngleSharp.Dom;
using Articles.Extraction.Page;

namespace Articles.Extraction.Body;

/// <summary>
/// Text and linked-text lengths of every element, counted in one pass over the document and kept per document,
/// so density scoring never re-reads a subtree. Lengths count whitespace runs as one character.
/// </summary>
internal sealed class TextStats
{
    private const int MaxDepth = 500;

    private static readonly object CacheKey = new();

    private readonly Dictionary<IElement, (int Text, int Linked)> lengths = new();

    public static TextStats For(IDocument document) => DocumentCache.GetOrAdd(document, CacheKey, Build);

    public int TextLength(IElement element) =>
        lengths.TryGetValue(element, out var value) ? value.Text : TextFolding.FoldedLength(element.TextContent);

    public int LinkedLength(IElement element) =>
        lengths.TryGetValue(element, out var value)
            ? value.Linked
            : element.QuerySelectorAll("a").Sum(a => TextFolding.FoldedLength(a.TextContent));

    private static TextStats Build(IDocument document)
    {
        var stats = new TextStats();
        if (document.DocumentElement is { } root)
        {
            stats.Count(root, insideLink: false, depth: 0);
        }

        return stats;
    }

    private (int Text, int Linked) Count(IElement element, bool insideLink, int depth)
    {
        var inLink = insideLink || element.LocalName == "a";
        var text = 0;
        var linked = 0;
        if (depth < MaxDepth)
        {
            foreach (var child in element.ChildNodes)
            {
                switch (child)
                {
                    case IElement childElement:
                        var (t, l) = Count(childElement, inLink, depth + 1);
                        text += t;
                        linked += l;
                        break;
                    case IText node:
                        var length = TextFolding.FoldedLength(node.Data);
                        text += length;
                        linked += inLink ? length : 0;
                        break;
                }
            }
        }

        lengths[element] = (text, linked);
        return (text, linked);
    }
}
