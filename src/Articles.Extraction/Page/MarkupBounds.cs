using System.Text;

namespace Articles.Extraction.Page;

/// <summary>
/// Bounds a page's markup before the HTML parser sees it. The parser's scope checks walk the stack of open elements,
/// so 100 000 nested &lt;div&gt; cost minutes (and recursive walks over such a tree risk the stack), and every rule
/// that walks the tree pays for each element; real pages nest a few dozen deep and hold a few thousand elements.
/// Tags deeper than the depth limit, and all tags after the element limit, are dropped; their text is kept
/// (a dropped script or style goes with its content). One linear pass; a page within both limits is returned as is.
/// </summary>
public static class MarkupBounds
{
    public const int MaxDepth = 1000;

    public const int MaxElements = 100_000;

    // No end tag, or closed implicitly by the next sibling: they never make a page deeper in practice.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "frame", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    // Their content is text up to their own end tag, never markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>The page with the tags beyond either limit removed (the same string when none is).</summary>
    /// <param name="deepest">How deep the page nests by this count (an estimate: unclosed tags count as open).</param>
    /// <param name="elements">How many start tags the page has.</param>
    public static string Apply(string html, int maxDepth, int maxElements, out int deepest, out int elements)
    {
        ArgumentNullException.ThrowIfNull(html);
        (deepest, elements) = (0, 0);
        StringBuilder? output = null;
        var (depth, copied, i) = (0, 0, 0);
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var tag = Tag.Read(html, i);
            if (tag.Name is null)
            {
                i = tag.End;
                continue;
            }

            var drop = (tag.Closing ? elements : ++elements) > maxElements;
            if (!Uncounted.Contains(tag.Name) && !tag.SelfClosing)
            {
                if (tag.Closing)
                {
                    drop |= depth > maxDepth;
                    depth = Math.Max(0, depth - 1);
                }
                else
                {
                    drop |= ++depth > maxDepth;
                    deepest = Math.Max(deepest, depth);
                }
            }

            var next = !tag.Closing && RawText.Contains(tag.Name) ? SkipRawText(html, tag.End, tag.Name) : tag.End;
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, i - copied);
                copied = next;
            }

            i = next;
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    private static int SkipRawText(string html, int from, string name)
    {
        var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end;
    }

    /// <summary>A tag (name null for comments, doctypes and a lone '&lt;') and where it ends.</summary>
    private readonly record struct Tag(string? Name, bool Closing, bool SelfClosing, int End)
    {
        public static Tag Read(string html, int start)
        {
            var next = html[start + 1];
            if (next == '!' || next == '?')
            {
                var close = string.CompareOrdinal(html, start, "<!--", 0, 4) == 0
                    ? IndexAfter(html, "-->", start + 4)
                    : IndexAfter(html, ">", start + 2);
                return new(null, false, false, close);
            }

            var closing = next == '/';
            var nameStart = closing ? start + 2 : start + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                return new(null, false, false, start + 1);
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var (end, selfClosing) = EndOfTag(html, nameEnd);
            return new(html[nameStart..nameEnd], closing, selfClosing, end);
        }

        // Attribute values may hold '>' inside quotes.
        private static (int End, bool SelfClosing) EndOfTag(string html, int from)
        {
            var quote = '\0';
            for (var i = from; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return (i + 1, html[i - 1] == '/');
                }
            }

            return (html.Length, false);
        }

        private static int IndexAfter(string html, string marker, int from)
        {
            var found = html.IndexOf(marker, Math.Min(from, html.Length), StringComparison.Ordinal);
            return found < 0 ? html.Length : found + marker.Length;
        }
    }
}
