using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// The authors cascade, highest priority first: declared structured data, then meta tags, then marked-up links
/// and microdata, then the visible byline; organizations declared as authors only when no person is found.
/// </summary>
public static class AuthorRules
{
    public static FieldCascade<IReadOnlyList<string>> Cascade { get; } = new(
        "authors",
        new JsonLdAuthorRule(organizations: false),
        new MetaAuthorRule(),
        new ItempropAuthorRule(),
        new RelAuthorRule(),
        new BylineAuthorRule(),
        new SignatureAuthorRule(),
        new JsonLdAuthorRule(organizations: true));
}
