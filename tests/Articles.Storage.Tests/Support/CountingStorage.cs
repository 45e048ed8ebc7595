using Articles.Storage.Layout;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Articles.Storage.Tests.Support;

/// <summary>
/// A store of its own (fresh prefix) whose clients count every HTTP request they send, so a test can pin how many
/// storage round trips an operation costs.
/// </summary>
public sealed class CountingStorage : IAsyncLifetime
{
    private readonly RequestCounter tableRequests = new();
    private readonly RequestCounter blobRequests = new();
    private readonly StorageInitializer initializer;

    public CountingStorage()
    {
        var prefix = TestStorage.UniquePrefix();
        var options = new StorageOptions { TablePrefix = prefix, ContainerPrefix = prefix + "-" };
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(tableRequests, HttpPipelinePosition.PerRetry);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(blobRequests, HttpPipelinePosition.PerRetry);
        Clients = new ArticleStorageClients(
            new TableServiceClient(TestStorage.ConnectionString, tableOptions),
            new BlobServiceClient(TestStorage.ConnectionString, blobOptions),
            new StorageLayout(options));
        initializer = new StorageInitializer(Clients);
        Store = new TableArticleStore(Clients, options);
    }

    public ArticleStorageClients Clients { get; }

    /// <summary>Requests this returns true for fail with <see cref="CutException"/> before they are sent (a crash).</summary>
    public Func<HttpMessage, bool>? Cut
    {
        get => tableRequests.Cut;
        set => tableRequests.Cut = value;
    }

    public TableArticleStore Store { get; }

    public TableClient Table(string baseName) => Clients.Table(baseName);

    /// <summary>Runs the operation and returns its table and blob requests.</summary>
    public async Task<(long Table, long Blob)> CountAsync(Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var (table, blob) = (tableRequests.Count, blobRequests.Count);
        await operation();
        return (tableRequests.Count - table, blobRequests.Count - blob);
    }

    public Task InitializeAsync() => initializer.InitializeAsync();

    public Task DisposeAsync() => initializer.DeleteAllAsync();

    private sealed class RequestCounter : HttpPipelinePolicy
    {
        private long count;

        public long Count => Interlocked.Read(ref count);

        public Func<HttpMessage, bool>? Cut { get; set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref count);
            ThrowIfCut(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref count);
            ThrowIfCut(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void ThrowIfCut(HttpMessage message)
        {
            if (Cut?.Invoke(message) == true)
            {
                throw new CutException($"{message.Request.Method} {message.Request.Uri.Path} was cut off.");
            }
        }
    }
}

/// <summary>What a request cut off by <see cref="CountingStorage.Cut"/> throws (not retried by the SDK).</summary>
public sealed class CutException(string message) : Exception(message);
