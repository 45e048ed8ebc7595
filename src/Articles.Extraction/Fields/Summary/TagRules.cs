using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Summary;

/// <summary>The tags cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class TagRules
{
    public static FieldCascade<IReadOnlyList<string>> Cascade { get; } = new("tags");
}
