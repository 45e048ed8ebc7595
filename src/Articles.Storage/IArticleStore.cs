using Articles.Extraction.Model;

namespace Articles.Storage;

/// <summary>
/// Articles in Table Storage, raw HTML in Blob Storage (docs/storage.md). CONTRACT: the storage helper implements
/// it in <c>TableArticleStore</c>; the Functions app only talks to this interface.
/// </summary>
public interface IArticleStore
{
    /// <summary>Stores (or updates, or leaves unchanged) an article; the id is derived, never chosen by the caller.</summary>
    Task<SaveOutcome> SaveAsync(ArticleSubmission submission, ArticleMetadata metadata, CancellationToken cancellationToken = default);

    Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<RawHtml?> GetHtmlAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes the article, its index rows and its raw blob; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task<ResultPage<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<ResultPage<SourceStats>> ListSourcesAsync(int limit, string? cursor, CancellationToken cancellationToken = default);

    Task<ResultPage<OfficialStats>> ListOfficialsAsync(int limit, string? cursor, CancellationToken cancellationToken = default);
}

/// <param name="Html">The bytes as received.</param>
/// <param name="ContentType">The Content-Type they came with (kept to serve them back).</param>
/// <param name="Url">A URL the client gave, used when the page states no canonical URL.</param>
public sealed record ArticleSubmission(ReadOnlyMemory<byte> Html, string ContentType, string? Url);

public enum SaveResult { Created, Updated, Unchanged }

public sealed record SaveOutcome(string Id, SaveResult Result, string ETag, ArticleMetadata Metadata);

public sealed record StoredArticle(ArticleMetadata Metadata, string ETag);

public sealed record RawHtml(byte[] Bytes, string ContentType);

/// <param name="From">Inclusive lower bound on the published date.</param>
/// <param name="To">Inclusive upper bound on the published date.</param>
/// <param name="Cursor">Opaque; from the previous page's <see cref="ResultPage{T}.NextCursor"/>.</param>
public sealed record ArticleQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Source = null,
    string? Official = null,
    string? Language = null,
    int Limit = 20,
    string? Cursor = null);

public sealed record ArticleSummary(
    string Id,
    string? Url,
    string? Headline,
    string? Published,
    string? Language,
    string? Site,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Officials);

public sealed record SourceStats(string Name, int ArticleCount, string? LatestArticleId);

public sealed record OfficialStats(string Name, string? Role, string? Affiliation, int ArticleCount, string? LatestArticleId);

public sealed record ResultPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A cursor that is not one of ours, or a parameter out of range: the API answers 400.</summary>
public sealed class InvalidQueryException(string message) : Exception(message);
