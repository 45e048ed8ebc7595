namespace Articles.Storage;

/// <summary>
/// Creates the tables and containers when missing. Idempotent; call it once at startup
/// (<c>await services.GetRequiredService&lt;StorageInitializer&gt;().InitializeAsync()</c>). In Azure the Bicep
/// templates create them already, so there it only confirms they exist.
/// </summary>
public sealed class StorageInitializer(ArticleStorageClients clients)
{
    private readonly Lock sync = new();
    private Task? creation;

    /// <summary>Runs the creation once per process; a failed run is tried again by the next call.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                creation = CreateAllAsync(cancellationToken);
            }

            return creation;
        }
    }

    private async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var table in clients.Layout.Tables)
        {
            await clients.Tables.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in clients.Layout.Containers)
        {
            await clients.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes every table and container of this layout (tests clean up their prefixed names with it).</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in clients.Layout.Tables)
        {
            await clients.Tables.DeleteTableAsync(table, cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in clients.Layout.Containers)
        {
            await clients.Blobs.GetBlobContainerClient(container).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        lock (sync)
        {
            creation = null;
        }
    }
}
