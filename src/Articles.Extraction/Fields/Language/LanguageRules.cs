using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Language;

/// <summary>The language cascade, highest priority first.</summary>
public static class LanguageRules
{
    public static FieldCascade<string> Cascade { get; } = new(
        "language",
        new DeclaredLanguageRule("html-lang", HtmlLang),
        new DeclaredLanguageRule("og:locale", p => p.Meta.First("og:locale")),
        new DeclaredLanguageRule("content-language", p => p.Meta.First("content-language", "language", "dc.language")),
        new DeclaredLanguageRule("jsonld", JsonLdLanguage),
        new TextLanguageRule());

    private static string? HtmlLang(PageContext page)
    {
        var html = page.Document.DocumentElement;
        return html.GetAttribute("lang") ?? html.GetAttribute("xml:lang");
    }

    private static string? JsonLdLanguage(PageContext page) =>
        page.JsonLd.ArticleNodes.Concat(page.JsonLd.Nodes)
            .Select(n => JsonLdGraph.GetString(n, "inLanguage"))
            .FirstOrDefault(l => l is not null);
}
