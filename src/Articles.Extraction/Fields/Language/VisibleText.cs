using System.Text;
using AngleSharp.Dom;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Language;

/// <summary>A sample of the page's readable text (no scripts or styles), for telling its language.</summary>
internal static class VisibleText
{
    private const int MaxChars = 8_000;

    public static string Sample(PageContext page) => page.Memo("visible-text", Read);

    private static string Read(PageContext page)
    {
        var text = new StringBuilder();
        if (page.Document.Body is { } body)
        {
            Append(body, text);
        }

        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (text.Length >= MaxChars)
            {
                return;
            }

            if (child is IText t && !string.IsNullOrWhiteSpace(t.Data))
            {
                text.Append(t.Data).Append(' ');
            }
            else if (child is IElement e && e.LocalName is not ("script" or "style" or "noscript" or "template" or "svg"))
            {
                Append(e, text);
            }
        }
    }
}
