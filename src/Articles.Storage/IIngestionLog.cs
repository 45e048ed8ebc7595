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
    DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// The ETag of the upload this record is about: a re-delivery of the same upload after its final record was
    /// written only has to remove it from articles-incoming, while a new upload under the same name is processed anew.
    /// Internal bookkeeping, not part of the API's JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? BlobETag { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFinal => Status is IngestionStatus.Processed or IngestionStatus.Rejected;
}
