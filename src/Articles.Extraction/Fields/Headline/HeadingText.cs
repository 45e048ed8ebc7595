using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Articles.Extraction.Fields.Headline;

/// <summary>
/// The text of a heading as a reader sees the headline: hidden helper text dropped ("visually-hidden" separators), a
/// leading kicker/overline span dropped ("Klimaschutz" above "Bohren, bis es heiß wird"), children spaced apart.
/// </summary>
internal static class HeadingText
{
    private static readonly Regex KickerClass = new(
        "kicker|overline|dachzeile|topline|toptitle|top-title|overtitle|eyebrow|roofline|subtitle|supertitle|pretitle|titleheader|rubric|category|flag|label",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex HiddenClass = new(
        "visually-?hidden|sr-only|screen-?reader|hidden|visuallyhidden|a11y|text-hide",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private const int MaxKickerWords = 8;
    private const int MaxTextLength = 2_000;

    public static string Of(IElement heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        // A hidden h2 is a screen-reader label ("Main content"); a hidden h1 is still the page's headline.
        if (heading.LocalName != "h1" && IsHidden(heading))
        {
            return "";
        }

        var kicker = LeadingKicker(heading);
        var text = new StringBuilder();
        Append(heading, kicker, text);
        return text.ToString();
    }

    private static IElement? LeadingKicker(IElement heading)
    {
        foreach (var node in heading.ChildNodes)
        {
            if (node is IText t)
            {
                if (!string.IsNullOrWhiteSpace(t.Data))
                {
                    return null;
                }

                continue;
            }

            if (node is not IElement child || IsHidden(child))
            {
                continue;
            }

            var words = child.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var rest = heading.TextContent.Length - child.TextContent.Length;
            return words is > 0 and <= MaxKickerWords && rest > child.TextContent.Trim().Length
                && KickerClass.IsMatch(child.GetAttribute("class") ?? "")
                ? child
                : null;
        }

        return null;
    }

    /// <summary>Depth-first with an explicit stack: hostile pages nest elements very deep.</summary>
    private static void Append(INode heading, IElement? skip, StringBuilder text)
    {
        var pending = new Stack<INode>();
        for (var i = heading.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push(heading.ChildNodes[i]);
        }

        while (pending.Count > 0 && text.Length < MaxTextLength)
        {
            switch (pending.Pop())
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when e == skip || IsHidden(e) || e.LocalName is "script" or "style" or "noscript":
                    break;
                case IElement e when e.LocalName == "br":
                    text.Append(' ');
                    break;
                case IElement e:
                    for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        pending.Push(e.ChildNodes[i]);
                    }

                    break;
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || HiddenClass.IsMatch(element.GetAttribute("class") ?? "")
        || (element.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);
}
