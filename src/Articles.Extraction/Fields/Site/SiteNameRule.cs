using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Site;

/// <summary>A name the page gives its publication (og:site_name, JSON-LD publisher, application-name…).</summary>
internal sealed class SiteNameRule(string name, Func<PageContext, string?> read) : IFieldRule<string>
{
    private const int MaxLength = 100;

    public string Name => name;

    public string? Find(PageContext page) =>
        CleanText.Fold(read(page)) is { Length: <= MaxLength } site && !Uri.IsWellFormedUriString(site, UriKind.Absolute)
            ? site
            : null;
}
