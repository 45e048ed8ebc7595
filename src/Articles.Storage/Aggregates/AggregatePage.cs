using Articles.Storage.Listing;
using Azure.Data.Tables;

namespace Articles.Storage.Aggregates;

/// <summary>One page of summary rows in name-key order, with a cursor on the last partition key.</summary>
internal static class AggregatePage
{
    public static async Task<(List<TableEntity> Rows, string? NextCursor)> ReadAsync(
        AggregateTable table, string kind, int limit, string? cursor, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > ListingPlan.MaxLimit)
        {
            throw new InvalidQueryException($"limit must be between 1 and {ListingPlan.MaxLimit}; it was {limit}.");
        }

        var after = string.IsNullOrEmpty(cursor) ? null : CursorCodec.Decode(cursor, kind, kind).Partition;
        var rows = await table.ListSummariesAsync(limit + 1, after, cancellationToken).ConfigureAwait(false);
        var next = rows.Count > limit ? CursorCodec.Encode(new CursorState(kind, kind, rows[limit - 1].PartitionKey, null)) : null;
        return (rows.Take(limit).ToList(), next);
    }
}
