using Articles.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Articles.Functions.Ingestion;

/// <summary>articles-rejected/{name}, in the same account (and with the same credentials) as the incoming blob.</summary>
internal static class RejectedBlobs
{
    public static async Task<BlobClient> TargetAsync(BlobClient incoming, string name, CancellationToken cancellationToken)
    {
        var container = incoming.GetParentBlobContainerClient().GetParentBlobServiceClient()
            .GetBlobContainerClient(StorageNames.RejectedContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return container.GetBlobClient(name);
    }

    public static BlobUploadOptions UploadOptions(string reason, DateTimeOffset now) => new()
    {
        Metadata = new Dictionary<string, string>
        {
            [BlobIngestionProcessor.ReasonMetadataKey] = BlobMetadataText.From(reason),
            ["rejectedAt"] = now.ToString("O"),
        },
    };
}
