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
        "firma", "auteur", "redaktor", "by", "credit",
    };

    private static readonly HashSet<string> NameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "fn", "nickname",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BylineWordLookup = BylineWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWordLookup = NameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> SkippedInText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "time", "img", "svg", "button", "noscript", "figure", "picture",
    };

    public string Name => "byline";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        var body = page.Document.Body;
        if (body is null)
        {
            return null;
        }

        var main = AuthorScope.MainText(page);
        var root = AuthorScope.Root(page);
        if (root is not null && root != body
            && (FromMarkedBlocks(page, root, main, firstOnly: false) ?? FromOpeningWords(page, root, main)) is { } near)
        {
            return near;
        }

        // Headers often sit outside the text's wrapper: then the first byline of the page, outside boilerplate.
        return FromMarkedBlocks(page, body, main, firstOnly: true) ?? FromOpeningWords(page, body, main);
    }

    private static IReadOnlyList<string>? FromMarkedBlocks(PageContext page, IElement scope, IElement? main, bool firstOnly)
    {
        var candidates = scope.QuerySelectorAll("*")
            .Prepend(scope)
            .Where(e => HasBylineWord(e) && IsBylineSized(e) && !InQuotation(e)
                && !AuthorScope.InBoilerplate(e, main))
            .ToList();

        // Innermost first: "author-box" around "author-name" and "author-title" is read through its name part.
        var leaves = candidates.Where(c => !candidates.Any(d => d != c && c.Contains(d))).ToList();
        if (firstOnly)
        {
            return leaves.Select(l => AuthorListBuilder.Build(page, NamesOf(l))).FirstOrDefault(n => n is not null);
        }

        return AuthorListBuilder.Build(page, leaves.SelectMany(NamesOf));
    }

    private static IReadOnlyList<string>? FromOpeningWords(PageContext page, IElement scope, IElement? main)
    {
        var line = scope.QuerySelectorAll("p, div, span, li, strong, em, b, address")
            .FirstOrDefault(e => LinkDensity.TextLength(e) is > 3 and <= BylinePrefix.MaxLength
                && !e.Children.Any(BlockElements.IsBlock) && BylinePrefix.Opens(VisibleText(e))
                && !InQuotation(e) && !AuthorScope.InBoilerplate(e, main));
        return line is null ? null : AuthorListBuilder.Build(page, [VisibleText(line)]);
    }

    private static bool HasBylineWord(IElement element)
    {
        if (BoilerplateMarkers.HasWord(element, BylineWordLookup))
        {
            return true;
        }

        foreach (var name in TestIds)
        {
            if (element.GetAttribute(name) is { Length: < 100 } value && ClassWords.Any(value, BylineWordLookup))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Component names some sites put where others put classes.</summary>
    private static readonly string[] TestIds = ["data-testid", "data-component", "data-qa", "data-test"];

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
            .Where(e => BoilerplateMarkers.HasWord(e, NameWordLookup) || e.GetAttribute("itemprop") == "name")
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
