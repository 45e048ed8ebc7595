using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Language;

/// <summary>The language told from the page's visible text when nothing is declared (or declarations were wrong).</summary>
internal sealed class TextLanguageRule : IFieldRule<string>
{
    public string Name => "text";

    public string? Find(PageContext page) => TextLanguageGuesser.Guess(VisibleText.Sample(page));
}
