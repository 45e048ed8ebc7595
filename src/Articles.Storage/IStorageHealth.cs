namespace Articles.Storage;

/// <summary>Can the app reach its tables and blobs? Backs <c>GET /api/health</c> (200 or 503).</summary>
public interface IStorageHealth
{
    Task<StorageHealthReport> CheckAsync(CancellationToken cancellationToken = default);
}

/// <param name="Healthy">True when both tables and blobs answered.</param>
/// <param name="Detail">One line per service, e.g. "tables: ok" or the error.</param>
public sealed record StorageHealthReport(bool Healthy, string Detail);
