using Articles.Extraction.Attribution;
using Articles.Extraction.Body;
using Articles.Extraction.Model;

namespace Articles.Extraction.Tests.Sources;

/// <summary>Builds an attribution context from plain paragraphs (blank-line separated) and runs the finder.</summary>
internal static class SourceTestKit
{
    public static IReadOnlyList<SourceCitation> Find(string text, string? language = null, string? site = null, string? pageUrl = null) =>
        Find([new BodyParagraph(text, [])], language, site, pageUrl);

    public static IReadOnlyList<SourceCitation> Find(
        IReadOnlyList<BodyParagraph> paragraphs, string? language = null, string? site = null, string? pageUrl = null) =>
        SourceFinder.Find(new AttributionContext(
            new ArticleBody(paragraphs), language, site, pageUrl is null ? null : new Uri(pageUrl)));

    public static string[] Names(string text, string? language = null, string? site = null, string? pageUrl = null) =>
        Find(text, language, site, pageUrl).Select(s => s.Name).ToArray();

    /// <summary>A paragraph whose link covers the first occurrence of <paramref name="anchor"/>.</summary>
    public static BodyParagraph WithLink(string text, string anchor, string href) =>
        new(text, [new BodyLink(anchor, href, text.IndexOf(anchor, StringComparison.Ordinal))]);
}
