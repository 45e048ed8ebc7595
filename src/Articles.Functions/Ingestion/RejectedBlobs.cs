using Articles.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Articles.Functions.Ingestion;

/// <summary>articles-rejected/{name}: where a bad upload is kept, with the reason in its metadata.</summary>
internal static class RejectedBlobs
{
    public static BlobClient Target(ArticleStorageClients clients, string name) =>
        clients.Container(StorageNames.RejectedContainer).GetBlobClient(name);

    public static BlobUploadOptions UploadOptions(string reason, DateTimeOffset now) => new()
    {
        Metadata = new Dictionary<string, string>
        {
            [BlobIngestionProcessor.ReasonMetadataKey] = BlobMetadataText.From(reason),
            ["rejectedAt"] = now.ToString("O"),
        },
    };
}
