namespace Articles.Storage;

/// <summary>What became of each blob dropped into <c>articles-incoming</c>. CONTRACT, implemented by the storage helper.</summary>
public interface IIngestionLog
{
    Task RecordAsync(IngestionRecord record, CancellationToken cancellationToken = default);

    Task<IngestionRecord?> GetAsync(string blobName, CancellationToken cancellationToken = default);

    Task<ResultPage<IngestionRecord>> ListAsync(IngestionStatus? status, int limit, string? cursor, CancellationToken cancellationToken = default);
}

public enum IngestionStatus { Processing, Processed, Rejected, Failed }

/// <param name="ArticleId">Set when processed.</param>
/// <param name="Reason">Why it was rejected, or the last error when it failed.</param>
public sealed record IngestionRecord(
    string BlobName,
    IngestionStatus Status,
    string? ArticleId,
    string? Reason,
    int Attempts,
    DateTimeOffset UpdatedAt);
