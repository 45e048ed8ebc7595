using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>Elements that never carry article prose: code, embeds, forms, page chrome, media and captions.</summary>
internal static class SkippedElements
{
    private static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "math", "object", "embed", "video",
        "audio", "picture", "img", "map", "form", "button", "input", "select", "textarea", "label", "option",
        "nav", "aside", "footer", "header", "menu", "dialog", "figure", "figcaption", "head", "title", "link", "meta",
        "time", "address",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alert", "alertdialog", "form",
    };

    public static bool IsSkipped(IElement element)
    {
        if (Tags.Contains(element.LocalName))
        {
            return true;
        }

        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal)
                .Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        return role is not null && Roles.Contains(role.Trim());
    }
}
