using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The headline cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class HeadlineRules
{
    public static FieldCascade<string> Cascade { get; } = new("headline");
}
