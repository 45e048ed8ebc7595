using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Summary;

/// <summary>The section cascade, highest priority first.</summary>
public static class SectionRules
{
    private const int MaxLength = 100;

    public static FieldCascade<string> Cascade { get; } = new(
        "section",
        new TextRule("article:section", p => p.Meta.First("article:section"), MaxLength),
        new TextRule("jsonld", p => JsonLdValues.First(p.JsonLd, "articleSection"), MaxLength));
}
