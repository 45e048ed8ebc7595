using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>Elements that start a new paragraph; anything else flows inline within one.</summary>
internal static class BlockElements
{
    private static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "center", "body", "html",
    };

    public static bool IsBlock(IElement element) => Tags.Contains(element.LocalName);

    public static bool IsHeading(IElement element) =>
        element.LocalName.Length == 2 && element.LocalName[0] == 'h' && element.LocalName[1] is >= '1' and <= '6';
}
