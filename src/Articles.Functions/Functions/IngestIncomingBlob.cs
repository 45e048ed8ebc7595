using Articles.Functions.Ingestion;
using Articles.Storage;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>A file uploaded to articles-incoming becomes an article, or is moved to articles-rejected with the reason.</summary>
public sealed class IngestIncomingBlob(BlobIngestionProcessor processor)
{
    public const string Path = StorageNames.IncomingContainer + "/{name}";

    [Function(nameof(IngestIncomingBlob))]
    public Task Run(
        [BlobTrigger(Path, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionSetting)] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        processor.ProcessAsync(blob, name, cancellationToken);
}
