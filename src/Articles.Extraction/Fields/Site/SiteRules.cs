using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Site;

/// <summary>The site cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class SiteRules
{
    public static FieldCascade<string> Cascade { get; } = new("site");
}
