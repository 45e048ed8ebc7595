using Articles.Extraction.Page;

namespace Articles.Extraction.Body;

/// <summary>
/// Isolates the article's own text: locates the main region (<see cref="MainContentLocator"/>), reads its
/// paragraphs without page chrome (<see cref="ParagraphCollector"/>), and falls back to the JSON-LD articleBody
/// when the page's markup yields much less text than the publisher declared.
/// </summary>
public static class ArticleBodyExtractor
{
    /// <summary>Below this share of the declared articleBody, the markup reading is taken as failed.</summary>
    private const double MinShareOfDeclared = 0.4;

    public static ArticleBody Extract(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var region = MainContentLocator.Locate(page);
        var paragraphs = region is null ? [] : ParagraphCollector.Collect(region.Parts, BaseUrl.Find(page));

        if (JsonLdArticleBody.Read(page) is { } declared)
        {
            var found = paragraphs.Sum(p => p.Text.Length);
            if (found < declared.Length * MinShareOfDeclared)
            {
                paragraphs = JsonLdArticleBody.Paragraphs(declared)
                    .Select(text => new BodyParagraph(text, []))
                    .Where(ParagraphFilter.Keeps)
                    .ToList();
            }
        }

        return new ArticleBody(paragraphs);
    }
}
