using System.Text;
using AngleSharp.Dom;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates.Layout;

/// <summary>
/// The page's visible text in document order, without scripts, styles, comments and off-article regions, with
/// the headline's position and every &lt;time&gt; element's position in it. Built once per page.
/// </summary>
internal sealed class PageText
{
    private const int MaxChars = 400_000;

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "button", "textarea", "head",
    };

    private readonly StringBuilder text = new();
    private readonly List<(IElement Element, int Index)> times = [];

    private PageText(IElement? headline)
    {
        Headline = headline;
    }

    public IElement? Headline { get; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>Where the headline's text starts and ends in <see cref="Text"/>; both -1 without a headline.</summary>
    public int HeadlineStart { get; private set; } = -1;

    public int HeadlineEnd { get; private set; } = -1;

    /// <summary>Visible &lt;time&gt; elements and where their text starts.</summary>
    public IReadOnlyList<(IElement Element, int Index)> Times => times;

    public static PageText Of(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Memo("page-text", Build);
    }

    /// <summary>How far a position lies from the headline; text before it counts double (mastheads, menus).</summary>
    public int DistanceFromHeadline(int index, int length)
    {
        if (HeadlineStart < 0)
        {
            return index;
        }

        if (index >= HeadlineEnd)
        {
            return index - HeadlineEnd;
        }

        var end = index + length;
        return end <= HeadlineStart ? 2 * (HeadlineStart - end) : 0;
    }

    private static PageText Build(PageContext page)
    {
        var headline = ArticleHeadline.Find(page.Document);
        var result = new PageText(headline);
        if (page.Document.Body is { } body)
        {
            result.Walk(body);
        }

        result.Text = result.text.ToString();
        return result;
    }

    private void Walk(INode node)
    {
        if (text.Length > MaxChars)
        {
            return;
        }

        switch (node)
        {
            case IText t:
                Append(t.Data);
                return;
            case IElement e when Invisible.Contains(e.LocalName) || e.HasAttribute("hidden"):
                return;
            case IElement e when OffArticleRegions.IsRegion(e, Headline):
                Append(" ");
                return;
            case IElement e:
                VisitElement(e);
                return;
        }
    }

    private void VisitElement(IElement element)
    {
        var isHeadline = element == Headline;
        if (isHeadline)
        {
            Append(" ");
            HeadlineStart = text.Length;
        }

        if (element.LocalName == "time")
        {
            times.Add((element, text.Length));
        }

        if (element.LocalName is "br" or "p" or "div" or "li" or "td" or "tr" or "h1" or "h2" or "h3" or "h4")
        {
            Append(" ");
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child);
        }

        if (element.LocalName is "p" or "div" or "li" or "td" or "h1" or "h2" or "h3" or "h4")
        {
            Append(" ");
        }

        if (isHeadline)
        {
            HeadlineEnd = text.Length;
        }
    }

    private void Append(string value)
    {
        // Collapse whitespace so distances measure words, not indentation. Runs without whitespace go in whole.
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = IndexOfWhiteSpace(rest);
            if (space < 0)
            {
                text.Append(rest);
                return;
            }

            text.Append(rest[..space]);
            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            rest = rest[(space + 1)..];
        }
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsWhiteSpace(span[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
