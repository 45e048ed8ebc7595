using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>Share of an element's text that sits inside links: menus and related lists are mostly links, prose is not.</summary>
internal static class LinkDensity
{
    public static double Of(IElement element)
    {
        var stats = TextStats.For(element.Owner!);
        var total = stats.TextLength(element);
        return total == 0 ? 0 : Math.Min(1.0, (double)stats.LinkedLength(element) / total);
    }

    /// <summary>Length of the element's text with whitespace folded.</summary>
    public static int TextLength(IElement element) => TextStats.For(element.Owner!).TextLength(element);
}
