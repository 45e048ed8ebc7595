using Articles.Extraction;
using Articles.Extraction.Model;
using Articles.Storage.Layout;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Articles;

/// <summary>The Articles table: the head row (commit marker with listing fields and the first payload slices) and payload rows.</summary>
internal sealed class ArticleRows(TableClient table)
{
    public TableClient Table { get; } = table;

    public async Task<ArticleHead?> ReadHeadAsync(string id, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(id, RowKeys.ArticleHead, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? new ArticleHead(response.Value!) : null;
    }

    /// <summary>Only the listing columns: cheap enough to check many index rows.</summary>
    public async Task<TableEntity?> ReadSummaryAsync(string id, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(id, RowKeys.ArticleHead, SummaryFields.Columns, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The metadata of the head's version; null when its payload rows were removed meanwhile by a newer save.</summary>
    public async Task<ArticleMetadata?> ReadMetadataAsync(ArticleHead head, CancellationToken cancellationToken)
    {
        var payload = new byte[head.PayloadLength];
        var offset = 0;
        offset = CopySlices(head.Entity, PayloadCodec.HeadSlices, payload, offset);
        for (var row = 0; row < head.PayloadRows; row++)
        {
            var response = await Table.GetEntityIfExistsAsync<TableEntity>(head.Id, RowKeys.Payload(head.Version, row), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!response.HasValue)
            {
                return null;
            }

            offset = CopySlices(response.Value!, PayloadCodec.RowSlices, payload, offset);
        }

        if (offset != payload.Length)
        {
            throw new InvalidDataException($"Article {head.Id} version {head.Version}: payload has {offset} of {payload.Length} bytes.");
        }

        var metadata = ArticleJson.Deserialize(PayloadCodec.Decompress(payload))
                       ?? throw new InvalidDataException($"Article {head.Id}: payload is not article JSON.");
        return metadata with { Id = head.Id };
    }

    /// <summary>Builds the head entity and writes the payload rows it refers to (they must exist before the head commits).</summary>
    public async Task<TableEntity> PrepareHeadAsync(NewVersion next, CancellationToken cancellationToken)
    {
        var slices = PayloadCodec.Slice(next.Payload);
        var head = new TableEntity(next.Id, RowKeys.ArticleHead)
        {
            ["Version"] = next.Version,
            ["SortTicks"] = next.SortTicks,
            ["FirstSavedAt"] = next.FirstSavedAt,
            ["SavedAt"] = DateTimeOffset.UtcNow,
            ["PayloadLength"] = next.Payload.Length,
            ["PayloadRows"] = PayloadCodec.ExtraRows(slices.Count),
        };
        SummaryFields.Write(head, next.Metadata);
        SetSlices(head, slices.Take(PayloadCodec.HeadSlices));

        var rest = slices.Skip(PayloadCodec.HeadSlices).Chunk(PayloadCodec.RowSlices).ToList();
        for (var row = 0; row < rest.Count; row++)
        {
            var entity = new TableEntity(next.Id, RowKeys.Payload(next.Version, row));
            SetSlices(entity, rest[row]);
            await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        return head;
    }

    /// <summary>
    /// The commit: insert when there was no head, else replace only if the head is still the one we read. Returns
    /// the head as committed (with its new ETag), so the writer need not read it back.
    /// </summary>
    public async Task<ArticleHead> CommitAsync(TableEntity head, ArticleHead? previous, CancellationToken cancellationToken)
    {
        var response = previous is null
            ? await Table.AddEntityAsync(head, cancellationToken).ConfigureAwait(false)
            : await Table.UpdateEntityAsync(head, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        head.ETag = response.Headers.ETag ?? throw new InvalidOperationException($"Article {head.PartitionKey}: the commit returned no ETag.");
        return new ArticleHead(head);
    }

    public async Task DeletePayloadRowsAsync(string id, string version, int rows, CancellationToken cancellationToken)
    {
        for (var row = 0; row < rows; row++)
        {
            await Table.DeleteEntityAsync(id, RowKeys.Payload(version, row), ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records that the aggregates now match this version; false when the head changed meanwhile.</summary>
    public async Task<bool> MarkAggregatedAsync(ArticleHead head, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(head.Id, RowKeys.ArticleHead) { ["AggregatedVersion"] = head.Version };
        try
        {
            await Table.UpdateEntityAsync(patch, head.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (Concurrency.Retry.IsConflict(exception))
        {
            return false;
        }
    }

    private static void SetSlices(TableEntity entity, IEnumerable<byte[]> slices)
    {
        var index = 0;
        foreach (var slice in slices)
        {
            entity[PayloadCodec.PropertyName(index++)] = slice;
        }
    }

    private static int CopySlices(TableEntity entity, int maxSlices, byte[] payload, int offset)
    {
        for (var index = 0; index < maxSlices && offset < payload.Length; index++)
        {
            var slice = entity.GetBinary(PayloadCodec.PropertyName(index));
            if (slice is null)
            {
                break;
            }

            slice.CopyTo(payload, offset);
            offset += slice.Length;
        }

        return offset;
    }
}

/// <summary>Everything one save writes for one version.</summary>
internal sealed record NewVersion(string Id, string Version, long SortTicks, DateTimeOffset FirstSavedAt, ArticleMetadata Metadata, byte[] Payload);
