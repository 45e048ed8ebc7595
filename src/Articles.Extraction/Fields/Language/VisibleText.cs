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

    /// <summary>Depth-first over the DOM with an explicit stack: hostile pages nest elements very deep.</summary>
    private static void Append(INode root, StringBuilder text)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0 && text.Length < MaxChars)
        {
            var node = pending.Pop();
            if (node is IText t)
            {
                if (!string.IsNullOrWhiteSpace(t.Data))
                {
                    text.Append(t.Data).Append(' ');
                }

                continue;
            }

            if (node is IElement e && e.LocalName is "script" or "style" or "noscript" or "template" or "svg")
            {
                continue;
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }
    }
}
