using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Articles.Extraction.Page;

/// <summary>Questions about an element's subtree answered by walking it, without building its text.</summary>
internal static class DomText
{
    /// <summary>The length of <see cref="INode.TextContent"/> (the descendant text nodes' data), no string made.</summary>
    public static int Length(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element is IHtmlOutputElement)
        {
            // The one element whose TextContent is not its descendants' text.
            return element.TextContent.Length;
        }

        var length = 0;
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text)
            {
                length += text.Data.Length;
            }
        }

        return length;
    }

    /// <summary>Same as <c>QuerySelector("a[href]") is not null</c>, without parsing a selector.</summary>
    public static bool HasLink(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var node in element.GetDescendants())
        {
            if (node is IElement { LocalName: "a" } link && link.HasAttribute("href"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the element or an ancestor has one of these local names (as <c>Closest("a, b")</c>).</summary>
    public static bool WithinAny(IElement element, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(element);
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == first || current.LocalName == second)
            {
                return true;
            }
        }

        return false;
    }
}
