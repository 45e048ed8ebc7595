using Articles.Extraction.Cascade;

namespace Articles.Extraction.Fields.Headline;

/// <summary>The headline cascade, highest priority first.</summary>
public static class HeadlineRules
{
    public static FieldCascade<string> Cascade { get; } = new(
        "headline",
        new JsonLdHeadlineRule(),
        new MetaTitleRule("og:title"),
        new MetaTitleRule("twitter:title"),
        new ItempropHeadlineRule(),
        new MainHeadingRule(),
        new TitleHeadingRule(),
        new ContentH2Rule(),
        new HeadlineClassRule(),
        new LowerHeadingRule(),
        new TitleElementRule());
}
