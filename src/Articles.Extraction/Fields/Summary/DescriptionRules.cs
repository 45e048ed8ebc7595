using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Summary;

/// <summary>The description cascade, highest priority first.</summary>
public static class DescriptionRules
{
    private const int MaxLength = 2000;

    public static FieldCascade<string> Cascade { get; } = new(
        "description",
        new TextRule("description", p => p.Meta.First("description"), MaxLength),
        new TextRule("og:description", p => p.Meta.First("og:description"), MaxLength),
        new TextRule("twitter:description", p => p.Meta.First("twitter:description"), MaxLength),
        new TextRule("jsonld", p => JsonLdValues.First(p.JsonLd, "description"), MaxLength));
}
