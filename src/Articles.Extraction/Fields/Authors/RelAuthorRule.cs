using Articles.Extraction.Body;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>Links marked rel="author" whose text is a name, preferring those inside the article region.</summary>
internal sealed class RelAuthorRule : IFieldRule<IReadOnlyList<string>>
{
    public string Name => "rel=author";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        var root = AuthorScope.Root(page);
        var main = AuthorScope.MainText(page);
        var links = page.Document.QuerySelectorAll("a[rel]").Where(a => RelTokens.Has(a, "author"))
            .Where(a => !AuthorScope.InBoilerplate(a, main))
            .ToList();
        if (links.Count == 0)
        {
            return null;
        }

        var near = AuthorScope.PreferNearArticle(root, links);
        return AuthorListBuilder.Build(page, near.Select(a => TextFolding.Fold(a.TextContent)));
    }
}
