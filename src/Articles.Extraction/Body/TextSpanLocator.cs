using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// The smallest element whose text holds both the opening and the closing words of a known article text (the
/// JSON-LD articleBody): found by descending into the child that still contains each snippet.
/// </summary>
internal static class TextSpanLocator
{
    private const int SnippetLength = 40;

    public static IElement? Find(IElement root, string text)
    {
        var paragraphs = JsonLdArticleBody.Paragraphs(text);
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var head = paragraphs[0][..Math.Min(SnippetLength, paragraphs[0].Length)];
        var last = paragraphs[^1];
        var tail = last[Math.Max(0, last.Length - SnippetLength)..];
        var first = Deepest(root, head);
        var end = Deepest(root, tail);
        if (first is null || end is null)
        {
            return null;
        }

        var ancestors = first.AncestorsAndSelf().ToHashSet();
        return end.AncestorsAndSelf().FirstOrDefault(ancestors.Contains);
    }

    private static IElement? Deepest(IElement root, string snippet)
    {
        if (!Contains(root, snippet))
        {
            return null;
        }

        var current = root;
        while (current.Children.FirstOrDefault(c => !SkippedElements.IsSkipped(c) && Contains(c, snippet)) is { } child)
        {
            current = child;
        }

        return current;
    }

    private static bool Contains(IElement element, string snippet) =>
        TextFolding.Fold(element.TextContent).Contains(snippet, StringComparison.Ordinal);
}
