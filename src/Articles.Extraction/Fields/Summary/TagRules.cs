using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Summary;

/// <summary>The tags cascade, highest priority first.</summary>
public static class TagRules
{
    public static FieldCascade<IReadOnlyList<string>> Cascade { get; } = new(
        "tags",
        new TagListRule("article:tag", p => p.Meta.All("article:tag")),
        new TagListRule("jsonld", p => JsonLdValues.All(p.JsonLd, "keywords")),
        new TagListRule("keywords", p => p.Meta.All("keywords")));
}
