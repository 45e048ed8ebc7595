using Articles.Storage.Articles;
using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Listing;

/// <summary>
/// Newest-first listing over one index: by official when asked, else by source, else by month. Date bounds become
/// RowKey ranges (inverted ticks), the language a property filter. A listed index row carries the listing fields
/// and counts as it is; any other row only counts when the head row has the same version and sort ticks (so
/// half-written or superseded versions never show), and a pending one found valid is turned listed. When both a
/// source and an official are asked, the official index leads and the source index row of the same key must exist too.
/// </summary>
internal sealed class ArticleLister(ArticleStorageClients clients, ArticleRows rows)
{
    private static readonly string[] IndexColumns = ["PartitionKey", "RowKey", "ArticleId", "Version", IndexState.Column, .. SummaryFields.IndexColumns];

    public async Task<ResultPage<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var plan = ListingPlan.Create(query);
        var partitions = await PartitionsAsync(plan, cancellationToken).ConfigureAwait(false);
        var start = 0;
        if (plan.Cursor is not null)
        {
            start = partitions.IndexOf(plan.Cursor.Partition);
            if (start < 0 || plan.Cursor.RowKey is null)
            {
                throw new InvalidQueryException("The cursor does not point into this listing; leave it out to start again.");
            }
        }

        var found = new List<(string Partition, string RowKey, ArticleSummary Summary)>();
        var table = clients.Table(plan.Table);
        for (var index = start; index < partitions.Count && found.Count <= plan.Limit; index++)
        {
            var after = index == start ? plan.Cursor?.RowKey : null;
            await foreach (var page in table.QueryAsync<TableEntity>(plan.Filter(partitions[index], after), plan.Limit + 1, IndexColumns, cancellationToken)
                               .AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var checks = await Task.WhenAll(page.Values.Select(row => CheckAsync(plan, row, cancellationToken))).ConfigureAwait(false);
                found.AddRange(page.Values.Zip(checks).Where(pair => pair.Second is not null)
                    .Select(pair => (partitions[index], pair.First.RowKey, pair.Second!)));
                if (found.Count > plan.Limit)
                {
                    break;
                }
            }
        }

        var items = found.Take(plan.Limit).Select(item => item.Summary).ToList();
        var next = found.Count > plan.Limit
            ? CursorCodec.Encode(new CursorState(plan.Kind, plan.Fingerprint, found[plan.Limit - 1].Partition, found[plan.Limit - 1].RowKey))
            : null;
        return new ResultPage<ArticleSummary>(items, next);
    }

    /// <summary>The partitions to read, in order: the one name partition, or the months holding rows, newest first.</summary>
    private async Task<List<string>> PartitionsAsync(ListingPlan plan, CancellationToken cancellationToken)
    {
        if (plan.NamePartition is not null)
        {
            return [plan.NamePartition];
        }

        var months = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RowKeys.MonthsPartition}");
        await foreach (var row in clients.Table(TableNames.ArticlesByDate).QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (plan.CoversMonth(row.RowKey))
            {
                months.Add(row.RowKey);
            }
        }

        months.Sort(StringComparer.Ordinal);
        months.Reverse();
        return months;
    }

    private async Task<ArticleSummary?> CheckAsync(ListingPlan plan, TableEntity row, CancellationToken cancellationToken)
    {
        var id = row.GetString("ArticleId");
        if (id is null)
        {
            return null;
        }

        var summary = row.GetString(IndexState.Column) == IndexState.Listed
            ? SummaryFields.ReadIndex(id, row)
            : await VerifyAsync(plan.Table, row, id, cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return null;
        }

        if (plan.AlsoSourceKey is not null)
        {
            var alsoSource = await clients.Table(TableNames.ArticlesBySource)
                .GetEntityIfExistsAsync<TableEntity>(plan.AlsoSourceKey, row.RowKey, ["RowKey"], cancellationToken).ConfigureAwait(false);
            if (!alsoSource.HasValue)
            {
                return null;
            }
        }

        return summary;
    }

    /// <summary>
    /// A row not (yet) listed counts only when the head has its version and sort ticks. A pending row found valid
    /// is turned listed, with the head's listing fields, If-Match the row as read: a writer that marked it
    /// superseded meanwhile changed its ETag, so the change is refused and the mark stays.
    /// </summary>
    private async Task<ArticleSummary?> VerifyAsync(string table, TableEntity row, string id, CancellationToken cancellationToken)
    {
        var head = await rows.ReadSummaryAsync(id, cancellationToken).ConfigureAwait(false);
        if (head is null
            || head.GetString("Version") != row.GetString("Version")
            || IndexEntries.RowKey(head.GetInt64("SortTicks") ?? 0, id, head.GetString("Version") ?? "") != row.RowKey)
        {
            return null;
        }

        if (row.GetString(IndexState.Column) != IndexState.Superseded)
        {
            var listed = new TableEntity(row.PartitionKey, row.RowKey) { [IndexState.Column] = IndexState.Listed };
            SummaryFields.CopyToIndex(head, listed);
            try
            {
                await clients.Table(table).UpdateEntityAsync(listed, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
            {
                // Marked or removed meanwhile: the next listing checks it again.
            }
        }

        return SummaryFields.Read(id, head);
    }
}
