using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The document &lt;title&gt;, with any site name stripped.</summary>
internal sealed class TitleElementRule : IFieldRule<string>
{
    public string Name => "title";

    public string? Find(PageContext page) => HeadlineText.Clean(PageHeadings.Title(page), page);
}
