using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Language;

/// <summary>
/// A language the page declares. A declaration that the text plainly contradicts (a Cyrillic page declared "en" by
/// its template, a Ukrainian text declared "ru") is not trusted.
/// </summary>
internal sealed class DeclaredLanguageRule(string name, Func<PageContext, string?> read) : IFieldRule<string>
{
    private static readonly string[] CyrillicLanguages = ["uk", "ru", "be", "bg", "sr", "mk", "kk"];

    public string Name => name;

    public string? Find(PageContext page)
    {
        var declared = LanguageCode.Normalize(read(page));
        if (declared is null)
        {
            return null;
        }

        var fromText = TextLanguageGuesser.Guess(VisibleText.Sample(page));
        if (fromText is "uk" or "ru" && (declared != fromText))
        {
            // Cyrillic text: trust the letters over a template's "en" or the wrong one of uk/ru.
            return CyrillicLanguages.Contains(declared) && declared is not ("uk" or "ru") ? declared : null;
        }

        if (fromText is not null && fromText is not ("uk" or "ru") && declared is "uk" or "ru")
        {
            return null;
        }

        return declared;
    }
}
