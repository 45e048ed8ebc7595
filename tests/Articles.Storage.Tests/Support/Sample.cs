using System.Text;
using Articles.Extraction.Model;

namespace Articles.Storage.Tests.Support;

/// <summary>Small hand-written articles for the storage tests.</summary>
internal static class Sample
{
    public static ArticleSubmission Html(string body, string? url = null, string contentType = "text/html; charset=utf-8") =>
        new(Encoding.UTF8.GetBytes($"<!doctype html><html><head><title>t</title></head><body><p>{body}</p></body></html>"), contentType, url);

    public static ArticleMetadata Article(
        string url,
        string headline = "Мости через Південний Буг",
        string? published = "2024-10-14T09:25:00+03:00",
        string? language = "uk",
        string[]? sources = null,
        Official[]? officials = null) => new()
    {
        Url = url,
        Headline = headline,
        Published = published,
        Language = language,
        Site = "Подільські новини",
        Sources = (sources ?? []).Select(name => new SourceCitation(name, null, $"Про це повідомляє {name}.")).ToList(),
        Officials = officials ?? [],
    };

    public static Official Person(string name, string? role = null, string? affiliation = null, int quotes = 0) => new()
    {
        Name = name,
        Role = role,
        Affiliation = affiliation,
        Mentions = 1,
        Quotes = Enumerable.Range(0, quotes).Select(index => new Quote($"Цитата номер {index}", true, $"«Цитата номер {index}», – сказав {name}.")).ToList(),
    };

    /// <summary>Saves a page whose body is its URL, so each URL gets its own bytes.</summary>
    public static Task<SaveOutcome> SaveAsync(IArticleStore store, ArticleMetadata metadata) =>
        store.SaveAsync(Html(metadata.Url ?? "no url"), metadata);
}
