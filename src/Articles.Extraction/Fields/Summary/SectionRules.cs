using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Summary;

/// <summary>The section cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class SectionRules
{
    public static FieldCascade<string> Cascade { get; } = new("section");
}
