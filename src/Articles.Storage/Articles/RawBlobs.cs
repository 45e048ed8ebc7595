using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Articles.Storage.Articles;

/// <summary>
/// The raw bytes at <c>articles-raw/{id}</c>, with their content type and the version they belong to (metadata
/// <c>version</c>). Uploads are conditional on the blob ETag read before, so two writers cannot both overwrite.
/// </summary>
internal sealed class RawBlobs(BlobContainerClient container)
{
    private const string VersionKey = "version";

    public async Task<RawBlobState?> ReadStateAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await container.GetBlobClient(id).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            properties.Value.Metadata.TryGetValue(VersionKey, out var version);
            return new RawBlobState(properties.Value.ETag, version);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Throws 409/412 <see cref="RequestFailedException"/> when the blob changed since <paramref name="seen"/>.</summary>
    public Task UploadAsync(string id, ReadOnlyMemory<byte> bytes, string contentType, string version, RawBlobState? seen, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string> { [VersionKey] = version },
            Conditions = seen is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = seen.ETag },
        };
        return container.GetBlobClient(id).UploadAsync(BinaryData.FromBytes(bytes), options, cancellationToken);
    }

    public async Task<RawHtml?> DownloadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(id).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new RawHtml(content.Value.Content.ToArray(), content.Value.Details.ContentType ?? "text/html");
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// A save adopts a blob of its own version that it did not upload (left by a save that died, or by the article
    /// a concurrent delete is removing): changing the ETag makes a deleter that read the old one leave it alone.
    /// Throws 412/404 when the blob changed or went meanwhile.
    /// </summary>
    public Task ClaimAsync(string id, string version, RawBlobState seen, CancellationToken cancellationToken) =>
        container.GetBlobClient(id).SetMetadataAsync(
            new Dictionary<string, string> { [VersionKey] = version },
            new BlobRequestConditions { IfMatch = seen.ETag },
            cancellationToken);

    /// <summary>Deletes the blob only while it is exactly the one read before (a save may have re-used it since).</summary>
    public async Task DeleteIfUnchangedAsync(string id, RawBlobState seen, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(id).DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = seen.ETag }, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Changed or gone since: it belongs to a newer save now, or someone else removed it.
        }
    }
}

internal sealed record RawBlobState(ETag ETag, string? Version);
