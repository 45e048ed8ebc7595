using Articles.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Articles.Functions;

/// <summary>
/// Creates the tables and containers when missing (Azurite starts empty; in Azure Bicep made them already).
/// A storage outage at startup is logged, not fatal: /api/health reports it and requests answer 503.
/// </summary>
internal sealed partial class StorageStartup(StorageInitializer initializer, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailure.IsTransient(e, cancellationToken) || e is InvalidOperationException)
        {
            LogFailed(logger, StorageFailure.Describe(e));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "Could not create the storage tables and containers: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
