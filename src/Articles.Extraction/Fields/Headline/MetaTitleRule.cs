using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>A social-card title (og:title, twitter:title), with any site name stripped.</summary>
internal sealed class MetaTitleRule(string key) : IFieldRule<string>
{
    public string Name => key;

    public string? Find(PageContext page) =>
        HeadlineText.Clean(page.Meta.First(key), page) is { } headline && !HeadlineAgreement.LooksGeneric(headline, page)
            ? VisibleHeadingPreference.Apply(headline, page)
            : null;
}
