using System.Collections.Concurrent;
using Articles.Extraction.Model;
using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Articles;

/// <summary>
/// Upserts, marks and removes the index rows of article versions, a few requests at a time. New rows are written
/// <see cref="IndexState.Pending"/>; a listing that finds their version committed turns them
/// <see cref="IndexState.Listed"/> (see <see cref="Listing.ArticleLister"/>).
/// </summary>
internal sealed class IndexWriter(ArticleStorageClients clients)
{
    private const int Parallelism = 8;

    // Months rows are never deleted, so once one is written (and acknowledged) it stays: write each month once per
    // process instead of once per save.
    private readonly ConcurrentDictionary<string, bool> monthsWritten = new(StringComparer.Ordinal);

    public async Task UpsertAsync(string id, string version, long sortTicks, ArticleMetadata metadata, CancellationToken cancellationToken)
    {
        var language = IndexEntries.LanguageKey(metadata.Language);
        var month = DateKeys.Month(sortTicks);
        var rows = IndexEntries.For(id, version, sortTicks, metadata).Select(entry => (entry.Table, Entity: new TableEntity(entry.PartitionKey, entry.RowKey)
        {
            ["ArticleId"] = id,
            ["Version"] = version,
            ["Language"] = language,
            [IndexState.Column] = IndexState.Pending,
        })).ToList();
        if (!monthsWritten.ContainsKey(month))
        {
            rows.Add((TableNames.ArticlesByDate, new TableEntity(RowKeys.MonthsPartition, month)));
        }

        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (row, token) => await WriteAsync(row.Table, row.Entity, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        monthsWritten.TryAdd(month, true);
    }

    /// <summary>
    /// Index rows are only ever inserted: a row that exists already has the same content (its key holds the id,
    /// version and sort ticks) and keeps its state, so a save can never turn a superseded row back into one a
    /// listing trusts.
    /// </summary>
    private async Task WriteAsync(string table, TableEntity entity, CancellationToken cancellationToken)
    {
        if (entity.PartitionKey == RowKeys.MonthsPartition)
        {
            await clients.Table(table).UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await clients.Table(table).AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Written before by this or another save of the same version.
        }
    }

    /// <summary>
    /// Before the head stops pointing at a version (update or delete): its rows must be checked against the head by
    /// every listing from now on, and a listing never turns them back to listed. Rows already gone are fine.
    /// </summary>
    public Task MarkSupersededAsync(IEnumerable<IndexEntry> entries, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            entries,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                var patch = new TableEntity(entry.PartitionKey, entry.RowKey) { [IndexState.Column] = IndexState.Superseded };
                try
                {
                    await clients.Table(entry.Table).UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, token).ConfigureAwait(false);
                }
                catch (RequestFailedException exception) when (exception.Status == 404 && exception.ErrorCode == "ResourceNotFound")
                {
                    // Never written or already removed: nothing can list it.
                }
            });

    public Task DeleteAsync(IEnumerable<IndexEntry> entries, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            entries,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, token) =>
                await clients.Table(entry.Table).DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, token).ConfigureAwait(false));
}
