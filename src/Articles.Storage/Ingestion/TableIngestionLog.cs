using Articles.Storage.Articles;
using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Articles.Storage.Listing;
using Azure.Data.Tables;

namespace Articles.Storage;

/// <summary>
/// <see cref="IIngestionLog"/> in the Ingestions table: PartitionKey = the escaped blob name (case kept: blob names
/// are case-sensitive), RowKey "ingestion". Recording replaces the row; listing is in blob-name key order.
/// </summary>
public sealed class TableIngestionLog : IIngestionLog
{
    private const int MaxReason = 16_000;
    private readonly TableClient table;

    public TableIngestionLog(ArticleStorageClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        table = clients.Table(TableNames.Ingestions);
    }

    public async Task RecordAsync(IngestionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrEmpty(record.BlobName);
        var entity = new TableEntity(KeyEscaper.Escape(record.BlobName), RowKeys.Ingestion)
        {
            ["BlobName"] = record.BlobName,
            ["Status"] = StatusText(record.Status),
            ["ArticleId"] = record.ArticleId,
            ["Reason"] = TextCap.Cut(record.Reason, MaxReason),
            ["Attempts"] = record.Attempts,
            ["UpdatedAt"] = record.UpdatedAt,
            ["BlobETag"] = record.BlobETag,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IngestionRecord?> GetAsync(string blobName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(blobName))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(KeyEscaper.Escape(blobName), RowKeys.Ingestion, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? Read(response.Value!) : null;
    }

    public async Task<ResultPage<IngestionRecord>> ListAsync(IngestionStatus? status, int limit, string? cursor, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > ListingPlan.MaxLimit)
        {
            throw new InvalidQueryException($"limit must be between 1 and {ListingPlan.MaxLimit}; it was {limit}.");
        }

        var statusText = status is null ? "any" : StatusText(status.Value);
        var after = string.IsNullOrEmpty(cursor) ? null : CursorCodec.Decode(cursor, "ingestions", statusText).Partition;
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKeys.Ingestion}");
        if (status is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {statusText}");
        }

        if (after is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"PartitionKey gt {after}");
        }

        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: limit + 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count > limit)
            {
                break;
            }
        }

        var next = rows.Count > limit ? CursorCodec.Encode(new CursorState("ingestions", statusText, rows[limit - 1].PartitionKey, null)) : null;
        return new ResultPage<IngestionRecord>(rows.Take(limit).Select(Read).ToList(), next);
    }

    /// <summary>The stored and filtered form: the enum name in lower case ("processed").</summary>
    public static string StatusText(IngestionStatus status) => status.ToString().ToLowerInvariant();

    private static IngestionRecord Read(TableEntity row) => new(
        row.GetString("BlobName") ?? "",
        Enum.TryParse<IngestionStatus>(row.GetString("Status"), ignoreCase: true, out var status) ? status : IngestionStatus.Failed,
        row.GetString("ArticleId"),
        row.GetString("Reason"),
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue)
    {
        BlobETag = row.GetString("BlobETag"),
    };
}
