using System.Collections.Concurrent;
using System.Reflection;
using Articles.Storage;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Articles.LocalHost;

/// <summary>
/// Stands in for Event Grid locally: lists each blob-triggered container every <see cref="LocalHostOptions.BlobPollInterval"/>
/// and invokes the function for every blob it finds. A failing blob is retried with a growing pause, and left alone
/// after <see cref="LocalHostOptions.MaxBlobAttempts"/> failures (the host's poison threshold) until it changes;
/// failures because storage is unreachable do not count towards that threshold, and never stop the watcher.
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
        var watches = catalog.BlobFunctions.Select(function => new Watch(function, Container(function.Blob!))).ToList();
        using var timer = new PeriodicTimer(options.Value.BlobPollInterval);
        do
        {
            foreach (var watch in watches)
            {
                await PollAsync(watch, stoppingToken);
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

    /// <summary>One listing and the invocations it makes due. Storage being down is logged and tried again next tick.</summary>
    private async Task PollAsync(Watch watch, CancellationToken stoppingToken)
    {
        try
        {
            if (!watch.Ready)
            {
                await watch.Container.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                watch.Ready = true;
                LogWatching(logger, watch.Function.Name, watch.Container.Name);
            }

            var due = new List<(string Name, string ETag)>();
            await foreach (var item in watch.Container.GetBlobsAsync(cancellationToken: stoppingToken))
            {
                var etag = item.Properties.ETag?.ToString() ?? "";
                if (IsDue(item.Name, etag))
                {
                    due.Add((item.Name, etag));
                }
            }

            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken },
                async (blob, token) => await InvokeAsync(watch.Function, watch.Container, blob.Name, blob.ETag, token));
        }
        catch (Exception e) when (StorageFailure.IsTransient(e, stoppingToken))
        {
            LogPollFailed(logger, watch.Container.Name, StorageFailure.Describe(e));
        }
    }

    private bool IsDue(string name, string etag) =>
        !attempts.TryGetValue(name, out var previous) || previous.ETag != etag
        || (previous.Failures < options.Value.MaxBlobAttempts && previous.RetryAt <= DateTimeOffset.UtcNow);

    /// <summary>
    /// Runs the function for one blob. A storage outage is not the blob's fault: it is retried (pauses of 1, 2, 4, 8
    /// then 10 s) without counting towards the poison threshold, which only other failures reach.
    /// </summary>
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
            var previous = attempts.TryGetValue(name, out var known) && known.ETag == etag ? known : new BlobAttempts(etag, 0, 0, DateTimeOffset.UtcNow);
            if (StorageFailure.IsTransient(e, token))
            {
                var outages = previous.Outages + 1;
                attempts[name] = previous with { Outages = outages, RetryAt = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(Math.Min(10, Math.Pow(2, outages - 1))) };
                LogStorageUnavailable(logger, function.Name, name, StorageFailure.Describe(e), outages);
                return;
            }

            var failures = previous.Failures + 1;
            attempts[name] = previous with { Failures = failures, RetryAt = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures))) };
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

    /// <param name="Failures">Failures that count towards the poison threshold.</param>
    /// <param name="Outages">Failures because storage was unavailable (retried without limit).</param>
    private sealed record BlobAttempts(string ETag, int Failures, int Outages, DateTimeOffset RetryAt);

    private sealed class Watch(FunctionDescriptor function, BlobContainerClient container)
    {
        public FunctionDescriptor Function { get; } = function;

        public BlobContainerClient Container { get; } = container;

        /// <summary>The container exists (created on the first poll that reaches storage).</summary>
        public bool Ready { get; set; }
    }

    [LoggerMessage(LogLevel.Information, "{Function}: watching container {Container} (polling locally instead of Event Grid).")]
    private static partial void LogWatching(ILogger logger, string function, string container);

    [LoggerMessage(LogLevel.Warning, "Listing container {Container} failed: {Error}")]
    private static partial void LogPollFailed(ILogger logger, string container, string error);

    [LoggerMessage(LogLevel.Warning, "{Function} on blob {Blob}: {Error}; trying again (outage retry {Retry}).")]
    private static partial void LogStorageUnavailable(ILogger logger, string function, string blob, string error, int retry);

    [LoggerMessage(LogLevel.Error, "{Function} failed on blob {Blob} (attempt {Attempt} of {Max}).")]
    private static partial void LogInvocationFailed(ILogger logger, Exception exception, string function, string blob, int attempt, int max);
}
