using System.Collections.Concurrent;
using System.Reflection;
using Articles.Storage;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Articles.LocalHost;

/// <summary>
/// Stands in for Event Grid locally: lists each blob-triggered container every <see cref="LocalHostOptions.BlobPollInterval"/>
/// and invokes the function for every blob it finds. A failing blob is retried with a growing pause, and left alone
/// after <see cref="LocalHostOptions.MaxBlobAttempts"/> failures (the host's poison threshold) until it changes.
/// </summary>
internal sealed partial class BlobTriggerWatcher(
    FunctionCatalog catalog,
    IServiceScopeFactory scopes,
    ArticleStorageClients storage,
    IOptions<LocalHostOptions> options,
    ILogger<BlobTriggerWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, BlobAttempts> attempts = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watches = catalog.BlobFunctions.Select(function => (function, container: Container(function.Blob!))).ToList();
        foreach (var (function, container) in watches)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
            LogWatching(logger, function.Name, container.Name);
        }

        using var timer = new PeriodicTimer(options.Value.BlobPollInterval);
        do
        {
            foreach (var (function, container) in watches)
            {
                await PollAsync(function, container, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// The trigger's container in the app's storage account. The storage layout's container prefix applies, so
    /// tests can run the host against their own containers; without a prefix it is the path's container as is.
    /// </summary>
    private BlobContainerClient Container(BlobTriggerInfo trigger) =>
        trigger.Connection == StorageNames.ConnectionSetting
            ? storage.Blobs.GetBlobContainerClient(storage.Layout.Container(trigger.Container))
            : throw new NotSupportedException($"The local host only watches containers of the '{StorageNames.ConnectionSetting}' connection, not '{trigger.Connection}'.");

    private async Task PollAsync(FunctionDescriptor function, BlobContainerClient container, CancellationToken stoppingToken)
    {
        try
        {
            var due = new List<(string Name, string ETag)>();
            await foreach (var item in container.GetBlobsAsync(cancellationToken: stoppingToken))
            {
                var etag = item.Properties.ETag?.ToString() ?? "";
                if (IsDue(item.Name, etag))
                {
                    due.Add((item.Name, etag));
                }
            }

            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken },
                async (blob, token) => await InvokeAsync(function, container, blob.Name, blob.ETag, token));
        }
        catch (Azure.RequestFailedException e)
        {
            LogPollFailed(logger, container.Name, e.Message);
        }
    }

    private bool IsDue(string name, string etag) =>
        !attempts.TryGetValue(name, out var previous) || previous.ETag != etag
        || (previous.Failures < options.Value.MaxBlobAttempts && previous.RetryAt <= DateTimeOffset.UtcNow);

    private async Task InvokeAsync(FunctionDescriptor function, BlobContainerClient container, string name, string etag, CancellationToken token)
    {
        await using var scope = scopes.CreateAsyncScope();
        var blob = container.GetBlobClient(name);
        try
        {
            await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, parameter => Bind(parameter, function.Blob!, blob, name, token));
            attempts.TryRemove(name, out _);
        }
        catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
        {
            var failures = (attempts.TryGetValue(name, out var previous) && previous.ETag == etag ? previous.Failures : 0) + 1;
            var pause = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures)));
            attempts[name] = new BlobAttempts(etag, failures, DateTimeOffset.UtcNow + pause);
            LogInvocationFailed(logger, e, function.Name, name, failures, options.Value.MaxBlobAttempts);
        }
    }

    private static object? Bind(ParameterInfo parameter, BlobTriggerInfo trigger, BlobClient blob, string name, CancellationToken token) =>
        parameter.ParameterType switch
        {
            var type when type == typeof(BlobClient) => blob,
            var type when type == typeof(CancellationToken) => token,
            var type when type == typeof(string) && parameter.Name == trigger.NameParameter => name,
            _ => throw new NotSupportedException($"The local host cannot bind parameter '{parameter.Name}' of a blob trigger."),
        };

    private sealed record BlobAttempts(string ETag, int Failures, DateTimeOffset RetryAt);

    [LoggerMessage(LogLevel.Information, "{Function}: watching container {Container} (polling locally instead of Event Grid).")]
    private static partial void LogWatching(ILogger logger, string function, string container);

    [LoggerMessage(LogLevel.Warning, "Listing container {Container} failed: {Error}")]
    private static partial void LogPollFailed(ILogger logger, string container, string error);

    [LoggerMessage(LogLevel.Error, "{Function} failed on blob {Blob} (attempt {Attempt} of {Max}).")]
    private static partial void LogInvocationFailed(ILogger logger, Exception exception, string function, string blob, int attempt, int max);
}
