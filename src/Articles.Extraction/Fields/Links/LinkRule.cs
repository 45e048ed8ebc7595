using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Links;

/// <summary>A URL read from the page by one named rule, made absolute against the source URL.</summary>
internal sealed class LinkRule(string name, Func<PageContext, IEnumerable<string?>> read) : IFieldRule<string>
{
    public string Name => name;

    public string? Find(PageContext page) =>
        read(page).Select(link => PageUrl.Absolute(link, page.Hints.SourceUrl)).FirstOrDefault(url => url is not null);
}
