using Articles.Extraction.Model;
using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Articles;

/// <summary>Upserts and removes the index rows of article versions, a few requests at a time.</summary>
internal sealed class IndexWriter(ArticleStorageClients clients)
{
    private const int Parallelism = 8;

    public async Task UpsertAsync(string id, string version, long sortTicks, ArticleMetadata metadata, CancellationToken cancellationToken)
    {
        var language = IndexEntries.LanguageKey(metadata.Language);
        var month = DateKeys.Month(sortTicks);
        await clients.Table(TableNames.ArticlesByDate)
            .UpsertEntityAsync(new TableEntity(RowKeys.MonthsPartition, month), TableUpdateMode.Replace, cancellationToken)
            .ConfigureAwait(false);
        await Parallel.ForEachAsync(
            IndexEntries.For(id, version, sortTicks, metadata),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                var entity = new TableEntity(entry.PartitionKey, entry.RowKey)
                {
                    ["ArticleId"] = id,
                    ["Version"] = version,
                    ["Language"] = language,
                };
                await clients.Table(entry.Table).UpsertEntityAsync(entity, TableUpdateMode.Replace, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    public Task DeleteAsync(IEnumerable<IndexEntry> entries, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            entries,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, token) =>
                await clients.Table(entry.Table).DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, token).ConfigureAwait(false));
}
