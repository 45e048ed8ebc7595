using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>Share of an element's text that sits inside links: menus and related lists are mostly links, prose is not.</summary>
internal static class LinkDensity
{
    public static double Of(IElement element)
    {
        var total = TextLength(element);
        if (total == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(TextLength);
        return Math.Min(1.0, (double)linked / total);
    }

    /// <summary>Length of the element's text with whitespace folded.</summary>
    public static int TextLength(IElement element) => TextFolding.Fold(element.TextContent).Length;
}
