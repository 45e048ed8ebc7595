using Articles.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// The test's own Azurite, with the app connected through relays so an outage can be switched on for the app alone.
/// <see cref="OutageAsync"/> is the fault: storage disappears for the app (every connection reset, in flight or new),
/// Azurite is killed with SIGKILL and started again on the same ports and folder, then the app reaches it again.
/// </summary>
/// <remarks>
/// Azurite keeps its metadata in LokiJS databases that it writes to its folder every 5 seconds, so a SIGKILL loses
/// the writes it acknowledged in the last 5 seconds, which real Azure Storage never does (a write is acknowledged once
/// it is durable). The outage therefore cuts the app off first and kills Azurite only after it has saved: the app
/// sees a crash of its storage (requests reset half-way, some applied without their answer arriving), and the
/// restarted Azurite holds everything it acknowledged, like the real service would.
/// </remarks>
public sealed class FaultyStorage : IDisposable
{
    /// <summary>The fault tests run one after the other: each starts and kills an Azurite of its own.</summary>
    public const string Collection = "Faulty storage";

    /// <summary>Longer than Azurite's 5 s save interval.</summary>
    private static readonly TimeSpan SaveWait = TimeSpan.FromSeconds(7);

    private readonly AzuriteProcess azurite = new();
    private TcpRelay? blobRelay;
    private TcpRelay? tableRelay;

    public string Prefix { get; } = "x" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>What the app uses: blob and table traffic through the relays.</summary>
    public string AppConnectionString => AzuriteProcess.ConnectionString(blobRelay!.Port, azurite.QueuePort, tableRelay!.Port);

    public string DirectConnectionString => azurite.DirectConnectionString;

    /// <summary>Connections the app had reset during outages.</summary>
    public int Resets => (blobRelay?.Resets ?? 0) + (tableRelay?.Resets ?? 0);

    public ArticleStorageClients DirectClients(StorageOptions options) =>
        new(new TableServiceClient(DirectConnectionString), new BlobServiceClient(DirectConnectionString), new Articles.Storage.Layout.StorageLayout(options));

    public StorageOptions Layout => new() { TablePrefix = Prefix, ContainerPrefix = Prefix + "-" };

    public async Task StartAsync()
    {
        await azurite.StartAsync();
        blobRelay = new TcpRelay(azurite.BlobPort);
        tableRelay = new TcpRelay(azurite.TablePort);
    }

    /// <summary>Storage disappears for the app; Azurite is killed and restarted with its data; the app gets it back.</summary>
    /// <param name="whileDown">Runs while the app has no storage (e.g. HTTP posts that must get a 503).</param>
    public async Task OutageAsync(Func<Task>? whileDown = null)
    {
        blobRelay!.Cut();
        tableRelay!.Cut();
        var during = whileDown is null ? Task.CompletedTask : whileDown();
        await Task.Delay(SaveWait);
        azurite.Kill();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await azurite.StartAsync();
        await during;
        blobRelay.Restore();
        tableRelay.Restore();
    }

    public void Dispose()
    {
        // Azurite first: a process left running would outlive the test run.
        azurite.Dispose();
        blobRelay?.Dispose();
        tableRelay?.Dispose();
    }
}
