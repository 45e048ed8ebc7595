using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// &lt;meta&gt; author tags (name=author, article:author, dc.creator, parsely-author, sailthru.author, byl…),
/// when they hold a name: profile URLs are not followed over the network, they are just not names.
/// </summary>
internal sealed class MetaAuthorRule : IFieldRule<IReadOnlyList<string>>
{
    private static readonly string[] Keys =
    [
        "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
        "sailthru.author", "byl", "citation_author", "twitter:creator:name", "article.author", "cxenseparse:author",
    ];

    public string Name => "meta";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        foreach (var key in Keys)
        {
            var values = page.Meta.All(key);
            if (values.Count > 0 && AuthorListBuilder.Build(page, values) is { } authors)
            {
                return authors;
            }
        }

        return null;
    }
}
