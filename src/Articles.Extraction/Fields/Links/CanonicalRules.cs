using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Links;

/// <summary>The url cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class CanonicalRules
{
    public static FieldCascade<string> Cascade { get; } = new("url");
}
