using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Dates;

/// <summary>The published cascade, highest priority first: structured data, metadata, markup near the headline,
/// the URL, the visible byline text, and as a last resort the sources that only state a modification date.</summary>
public static class PublishedRules
{
    public static FieldCascade<FoundDate> Cascade { get; } = new(
        "published",
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
        new ItempropDateRule("dateCreated"),
        new TimeElementRule(modified: false),
        new VisibleTextDateRule(modified: false),
        new UrlDateRule(),
        new JsonLdDateRule("jsonld:dateModified", "dateModified"),
        new MetaDateRule("meta:modified_time", ModifiedRules.MetaKeys),
        new ItempropDateRule("dateModified"),
        new VisibleTextDateRule(modified: false, anywhere: true));
}
