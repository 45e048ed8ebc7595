using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Dates;

/// <summary>The published cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class PublishedRules
{
    public static FieldCascade<FoundDate> Cascade { get; } = new("published");
}
