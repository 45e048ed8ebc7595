using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Links;

/// <summary>The url cascade, highest priority first; every answer is an absolute http(s) URL.</summary>
public static class CanonicalRules
{
    public static FieldCascade<string> Cascade { get; } = new(
        "url",
        new LinkRule("canonical", p => LinkHrefs(p, "canonical")),
        new LinkRule("og:url", p => p.Meta.All("og:url")),
        new LinkRule("jsonld", p => JsonLdLinks.Of(p.JsonLd, "url").Concat(JsonLdLinks.Of(p.JsonLd, "mainEntityOfPage", "@id", "url"))));

    internal static IEnumerable<string?> LinkHrefs(PageContext page, string rel) =>
        page.Document.QuerySelectorAll("link[rel][href]")
            .Where(l => l.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Contains(rel, StringComparer.OrdinalIgnoreCase))
            .Select(l => l.GetAttribute("href"));
}
