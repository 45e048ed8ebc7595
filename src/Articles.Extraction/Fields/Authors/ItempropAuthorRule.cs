using AngleSharp.Dom;
using Articles.Extraction.Body;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// Microdata itemprop="author" (or "creator"): the itemprop="name" inside it, else a meta content, else its text.
/// Authors of nested items (comments, reviews) and of teasers are left out.
/// </summary>
internal sealed class ItempropAuthorRule : IFieldRule<IReadOnlyList<string>>
{
    public string Name => "itemprop=author";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        var root = AuthorScope.Root(page);
        var main = AuthorScope.MainText(page);
        var elements = page.Document.QuerySelectorAll("[itemprop]")
            .Where(e => HasProperty(e, "author") || HasProperty(e, "creator"))
            .Where(e => !AuthorScope.InBoilerplate(e, main) && !InNestedAuthor(e))
            .ToList();
        if (elements.Count == 0)
        {
            return null;
        }

        var near = AuthorScope.PreferNearArticle(root, elements);
        return AuthorListBuilder.Build(page, near.Select(NameOf));
    }

    private static string? NameOf(IElement element)
    {
        var name = element.QuerySelectorAll("[itemprop]").FirstOrDefault(e => HasProperty(e, "name"));
        if (name is not null)
        {
            return name.GetAttribute("content") ?? TextFolding.Fold(name.TextContent);
        }

        return element.GetAttribute("content") ?? TextFolding.Fold(element.TextContent);
    }

    /// <summary>An author element inside another author element is read through the outer one.</summary>
    private static bool InNestedAuthor(IElement element) =>
        element.ParentElement?.Closest("[itemprop]") is { } outer
        && outer.AncestorsAndSelf().Any(a => HasProperty(a, "author") || HasProperty(a, "creator"));

    private static bool HasProperty(IElement element, string property) =>
        element.GetAttribute("itemprop") is { } value
        && value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Contains(property, StringComparer.OrdinalIgnoreCase);
}
