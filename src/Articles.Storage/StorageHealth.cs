using Articles.Storage.Layout;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage;

/// <summary>One cheap read against the Articles table and one against the raw container.</summary>
internal sealed class StorageHealth(ArticleStorageClients clients) : IStorageHealth
{
    public async Task<StorageHealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var tables = await ProbeAsync(async () =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"health-probe"}");
            var query = clients.Table(TableNames.Articles).QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken);
            await foreach (var _ in query.AsPages().WithCancellation(cancellationToken))
            {
                break;
            }
        }).ConfigureAwait(false);
        var blobs = await ProbeAsync(async () =>
            await clients.Container(StorageNames.RawContainer).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);
        return new StorageHealthReport(tables is null && blobs is null, $"tables: {tables ?? "ok"}; blobs: {blobs ?? "ok"}");
    }

    /// <returns>Null when the call worked, else what went wrong (kind and status only: the endpoint is anonymous).</returns>
    private static async Task<string?> ProbeAsync(Func<Task> probe)
    {
        try
        {
            await probe().ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (StorageFailure.IsTransient(exception) || exception is InvalidOperationException or Azure.Identity.AuthenticationFailedException)
        {
            return exception is Azure.Identity.AuthenticationFailedException ? "no access (authentication failed)" : StorageFailure.Describe(exception);
        }
    }
}
