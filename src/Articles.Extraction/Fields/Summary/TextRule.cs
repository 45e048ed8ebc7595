using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Summary;

/// <summary>A short text value (description, section) read by one named rule, cleaned.</summary>
internal sealed class TextRule(string name, Func<PageContext, string?> read, int maxLength) : IFieldRule<string>
{
    public string Name => name;

    public string? Find(PageContext page) => CleanText.Fold(read(page)) is { } text && text.Length <= maxLength ? text : null;
}
