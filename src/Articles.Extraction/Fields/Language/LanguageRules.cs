using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Language;

/// <summary>The language cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class LanguageRules
{
    public static FieldCascade<string> Cascade { get; } = new("language");
}
