using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Authors;

/// <summary>The authors cascade, highest priority first. STUB: rules land in their own files beside this one.</summary>
public static class AuthorRules
{
    public static FieldCascade<IReadOnlyList<string>> Cascade { get; } = new("authors");
}
