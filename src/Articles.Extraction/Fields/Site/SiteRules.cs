using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Site;

/// <summary>The site cascade, highest priority first. No rule invents a name from the host.</summary>
public static class SiteRules
{
    public static FieldCascade<string> Cascade { get; } = new(
        "site",
        new SiteNameRule("og:site_name", p => p.Meta.First("og:site_name")),
        new SiteNameRule("jsonld", p => SiteNames.PublisherName(p.JsonLd) ?? SiteNames.WebSiteName(p.JsonLd)),
        new SiteNameRule("application-name", p => p.Meta.First("application-name")),
        new TitleSuffixSiteRule());
}
