using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The article's h1 (see <see cref="PageHeadings.MainH1"/>).</summary>
internal sealed class MainHeadingRule : IFieldRule<string>
{
    public string Name => "h1";

    public string? Find(PageContext page) => HeadlineText.Clean(PageHeadings.MainH1(page), page);
}
