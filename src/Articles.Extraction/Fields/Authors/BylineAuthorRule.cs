using AngleSharp.Dom;
using Articles.Extraction.Body;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// The visible byline in the article's header or text block: elements whose class/id says byline, author, autor,
/// credits…, read through their author links or name parts when they have them, else a short line that opens with
/// "By", "Автор:", "Von", "Текст:".
/// </summary>
internal sealed class BylineAuthorRule : IFieldRule<IReadOnlyList<string>>
{
    private const int MaxBylineLength = 200;

    private static readonly HashSet<string> BylineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "byline", "bylines", "author", "authors", "autor", "autoren", "autorin", "avtor", "writer", "writers",
        "credits", "creator", "contributor", "contributors", "reporter", "journalist", "verfasser", "signature",
        "firma", "auteur", "redaktor", "by",
    };

    private static readonly HashSet<string> NameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "fn", "nickname",
    };

    private static readonly HashSet<string> SkippedInText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "time", "img", "svg", "button", "noscript", "figure", "picture",
    };

    public string Name => "byline";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        var root = AuthorScope.Root(page) ?? page.Document.Body;
        var main = AuthorScope.MainText(page);
        if (root is null)
        {
            return null;
        }

        var candidates = root.QuerySelectorAll("*")
            .Prepend(root)
            .Where(e => BoilerplateMarkers.HasWord(e, BylineWords) && IsBylineSized(e) && !InQuotation(e)
                && !AuthorScope.InBoilerplate(e, main))
            .ToList();

        // Innermost first: "author-box" around "author-name" and "author-title" is read through its name part.
        var leaves = candidates.Where(c => !candidates.Any(d => d != c && c.Contains(d))).ToList();
        var names = leaves.Select(NamesOf).Where(n => n.Count > 0).SelectMany(n => n).ToList();
        if (AuthorListBuilder.Build(page, names) is { } fromClasses)
        {
            return fromClasses;
        }

        var line = root.QuerySelectorAll("p, div, span, li, strong, em, b, address")
            .FirstOrDefault(e => !e.Children.Any(BlockElements.IsBlock) && BylinePrefix.Opens(VisibleText(e))
                && !AuthorScope.InBoilerplate(e, main));
        return line is null ? null : AuthorListBuilder.Build(page, [VisibleText(line)]);
    }

    private static bool IsBylineSized(IElement element)
    {
        var length = LinkDensity.TextLength(element);
        return length > 0 && length <= MaxBylineLength;
    }

    private static bool InQuotation(IElement element) =>
        element.Closest("blockquote, q, figure, figcaption, cite") is not null;

    private static IReadOnlyList<string> NamesOf(IElement byline)
    {
        var links = byline.QuerySelectorAll("a[href]")
            .Where(a => IsAuthorLink(a) && VisibleText(a).Length > 0)
            .Select(VisibleText)
            .ToList();
        if (links.Count > 0)
        {
            return links;
        }

        var parts = byline.QuerySelectorAll("*")
            .Where(e => BoilerplateMarkers.HasWord(e, NameWords) || e.GetAttribute("itemprop") == "name")
            .Select(VisibleText)
            .Where(t => t.Length > 0)
            .ToList();
        return parts.Count > 0 ? parts : [VisibleText(byline)];
    }

    private static bool IsAuthorLink(IElement link)
    {
        var rel = link.GetAttribute("rel") ?? string.Empty;
        var href = link.GetAttribute("href") ?? string.Empty;
        return rel.Contains("author", StringComparison.OrdinalIgnoreCase) || AuthorPaths.Any(p =>
            href.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] AuthorPaths =
    [
        "/author", "/autor", "/authors/", "/profile", "/people/", "/journalist", "/redaktion/", "/staff/",
        "/writers/", "/contributors/", "/avtor", "/team/", "/person/", "/persons/",
    ];

    /// <summary>The element's text without dates, images and scripts, whitespace folded.</summary>
    private static string VisibleText(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        Append(element, builder, 0);
        return TextFolding.Fold(builder.ToString());
    }

    private static void Append(INode node, System.Text.StringBuilder builder, int depth)
    {
        if (depth > 50)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                if (!SkippedInText.Contains(element.LocalName))
                {
                    builder.Append(' ');
                    Append(element, builder, depth + 1);
                    builder.Append(' ');
                }
            }
            else if (child is IText text)
            {
                builder.Append(text.Data);
            }
        }
    }
}
