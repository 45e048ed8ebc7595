using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Links;

/// <summary>The image cascade, highest priority first; every answer is an absolute http(s) URL.</summary>
public static class ImageRules
{
    public static FieldCascade<string> Cascade { get; } = new(
        "image",
        new LinkRule("og:image", p => p.Meta.All("og:image").Concat(p.Meta.All("og:image:url")).Concat(p.Meta.All("og:image:secure_url"))),
        new LinkRule("twitter:image", p => p.Meta.All("twitter:image").Concat(p.Meta.All("twitter:image:src"))),
        new LinkRule("jsonld", p => JsonLdLinks.Of(p.JsonLd, "image", "url", "contentUrl")
            .Concat(JsonLdLinks.Of(p.JsonLd, "thumbnailUrl", "url"))),
        new LinkRule("image_src", p => CanonicalRules.LinkHrefs(p, "image_src")));
}
