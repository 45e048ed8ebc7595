using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Dates;

/// <summary>The modified cascade, highest priority first. Every answer earlier than the published date is dropped.</summary>
public static class ModifiedRules
{
    internal static readonly string[] MetaKeys =
    [
        "article:modified_time", "og:updated_time", "article:modified", "modified_time", "og:modified_time",
        "article.updated", "dateModified", "last-modified", "lastmod", "parsely-updated", "sailthru.lastmodified",
    ];

    public static FieldCascade<FoundDate> Cascade { get; } = new(
        "modified",
        Checked(new JsonLdDateRule("jsonld", "dateModified")),
        Checked(new MetaDateRule("meta:modified_time", MetaKeys)),
        Checked(new ItempropDateRule("dateModified")),
        Checked(new MetaDateRule("meta:dublin-core", "dcterms.modified", "dc.date.modified", "dc:modified")),
        Checked(new TimeElementRule(modified: true)),
        Checked(new VisibleTextDateRule(modified: true)));

    private static NotBeforePublishedRule Checked(IFieldRule<FoundDate> rule) => new(rule);
}
