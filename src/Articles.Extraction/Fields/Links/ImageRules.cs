using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Links;

/// <summary>The image cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class ImageRules
{
    public static FieldCascade<string> Cascade { get; } = new("image");
}
