using Articles.Extraction.Attribution;
using Articles.Extraction.Body;
using Articles.Extraction.Model;

namespace Articles.Extraction.Tests.Quotes;

/// <summary>Runs the officials finder over paragraphs written for a test.</summary>
internal static class Attribute
{
    public static IReadOnlyList<Official> Run(string language, params string[] paragraphs) =>
        OfficialFinder.Find(new AttributionContext(
            new ArticleBody([.. paragraphs.Select(p => new BodyParagraph(p, []))]), language, "Новини Тест", null));

    /// <summary>The only quote found, with its speaker.</summary>
    public static (Official Speaker, Quote Quote) Single(string language, params string[] paragraphs)
    {
        var quoted = Run(language, paragraphs).Where(o => o.Quotes.Count > 0).ToList();
        var speaker = Assert.Single(quoted);
        return (speaker, Assert.Single(speaker.Quotes));
    }
}
