using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// The published cascade, highest priority first: a byline date that contradicts the metadata, a URL date far from
/// the metadata's, structured data and metadata, markup near the headline, the visible byline text, the URL, script data titled with the headline, then the
/// last resorts: sources that only state a modification date, and the first date anywhere in the article's visible text.
/// </summary>
public static class PublishedRules
{
    // Structured data and metadata, in trust order.
    private static readonly IFieldRule<FoundDate>[] MetadataRules = PerPageMemoRule.All("published-metadata",
    [
        new JsonLdDateRule("jsonld", "datePublished", "dateCreated"),
        new MetaDateRule(
            "meta:published_time",
            "article:published_time", "og:published_time", "article:published", "published_time",
            "og:article:published_time", "article.published", "datePublished"),
        new ItempropDateRule("datePublished"),
        new MetaDateRule(
            "meta:dublin-core",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
            "dc:date", "dc.date.published", "dcterms.available"),
        new MetaDateRule(
            "meta:date",
            "parsely-pub-date", "sailthru.date", "pubdate", "publish-date", "publish_date", "publishdate",
            "published-date", "publication_date", "publication-date", "date_published", "article_date_original",
            "original-publish-date", "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime",
            "bt:pubdate", "rnews:datepublished", "date", "created", "release_date", "displaydate"),
    ]);

    // Last resort for the published date; also what tells an unlabelled "updated" byline.
    private static readonly IFieldRule<FoundDate>[] ModifiedMetadataRules = PerPageMemoRule.All("modified-metadata",
    [
        new JsonLdDateRule("jsonld:dateModified", "dateModified"),
        new MetaDateRule("meta:modified_time", ModifiedRules.MetaKeys),
        new ItempropDateRule("dateModified"),
    ]);

    // Every rule answers once per page: the modified cascade re-runs this one for each of its candidates.
    public static FieldCascade<FoundDate> Cascade { get; } = new(
        "published",
        PerPageMemoRule.All("published", [
            new BylineOverMetadataRule(MetadataRules, ModifiedMetadataRules),
            new UrlOverMetadataRule(MetadataRules),
            .. MetadataRules,
            new ItempropDateRule("dateCreated"),
            new TimeElementRule(modified: false),
            new VisibleTextDateRule(modified: false),
            new UrlDateRule(),
            new AppStateDateRule(),
            .. ModifiedMetadataRules,
            new VisibleTextDateRule(modified: false, anywhere: true),
        ]));
}
