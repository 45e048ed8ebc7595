using Articles.Functions.Input;
using Articles.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Articles.Functions.Ingestion;

/// <summary>
/// One blob from articles-incoming: stored as an article, or copied to articles-rejected with the reason; then the
/// final ingestion record is written and only after it the blob leaves articles-incoming. Every step is safe to
/// repeat: ids are deterministic (a re-delivered blob finds the same article), the rejected copy and the record are
/// overwritten with the same content, and the incoming blob is deleted only if it is still the upload that was
/// processed (a new upload under the same name is left for its own delivery). Storage failures are thrown so the
/// host retries; a delivery that finds its upload already recorded as final only finishes the removal.
/// </summary>
public sealed partial class BlobIngestionProcessor(
    ArticleIngestor ingestor,
    IIngestionLog log,
    ArticleStorageClients clients,
    IOptions<ArticleApiOptions> options,
    TimeProvider clock,
    ILogger<BlobIngestionProcessor> logger)
{
    public const string UrlMetadataKey = "url";
    public const string ReasonMetadataKey = "reason";

    public async Task ProcessAsync(BlobClient blob, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var previous = await log.GetAsync(name, cancellationToken).ConfigureAwait(false);
        var attempts = (previous?.Attempts ?? 0) + 1;
        BlobProperties? properties;
        try
        {
            properties = await PropertiesAsync(blob, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unknown which upload this is: a final record (maybe of this very upload) is not overwritten.
            if (previous is not { IsFinal: true })
            {
                await RecordFailureAsync(name, previous?.BlobETag, Describe(e, cancellationToken), attempts).ConfigureAwait(false);
            }

            throw;
        }

        if (properties is null)
        {
            // Already handled by an earlier delivery (or deleted by the uploader): nothing left to do.
            LogGone(logger, name, previous?.Status);
            return;
        }

        var etag = properties.ETag.ToString();
        if (previous is { IsFinal: true } && previous.BlobETag == etag)
        {
            // The final record of this very upload is written; an earlier delivery failed only to remove it.
            await RemoveIncomingAsync(blob, properties.ETag, cancellationToken).ConfigureAwait(false);
            LogFinished(logger, name, previous.Status);
            return;
        }

        IngestionRecord outcome;
        try
        {
            await log.RecordAsync(Record(name, etag, IngestionStatus.Processing, null, null, attempts), cancellationToken).ConfigureAwait(false);
            outcome = await IngestAsync(blob, name, etag, properties, attempts, cancellationToken).ConfigureAwait(false);
            await log.RecordAsync(outcome, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(name, etag, Describe(e, cancellationToken), attempts).ConfigureAwait(false);
            throw;
        }

        // After the final record: a failure here leaves the blob for a re-delivery, which only removes it.
        await RemoveIncomingAsync(blob, properties.ETag, cancellationToken).ConfigureAwait(false);
        if (outcome.Status == IngestionStatus.Processed)
        {
            LogProcessed(logger, name, outcome.ArticleId!);
        }
        else
        {
            LogRejected(logger, name, outcome.Reason!);
        }
    }

    private async Task<IngestionRecord> IngestAsync(BlobClient blob, string name, string etag, BlobProperties properties, int attempts, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxHtmlBytes;
        if (properties.ContentLength > limit)
        {
            return await RejectAsync(blob, name, etag, null, $"The file is {properties.ContentLength} bytes; the limit is {limit} bytes.", attempts, cancellationToken).ConfigureAwait(false);
        }

        // Pinned to the ETag read above: a re-upload meanwhile fails this delivery (412) instead of mixing versions.
        var download = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } };
        var content = (await blob.DownloadContentAsync(download, cancellationToken).ConfigureAwait(false)).Value.Content;
        var bytes = content.ToArray();
        var urlProblem = SubmittedUrl.Check(BlobMetadataText.Find(properties.Metadata, UrlMetadataKey), "blob metadata 'url'", out var url);
        if ((urlProblem ?? HtmlSniffer.WhyNotHtml(bytes)) is { } reason)
        {
            return await RejectAsync(blob, name, etag, content, reason, attempts, cancellationToken).ConfigureAwait(false);
        }

        var input = new ArticleInput(bytes, HtmlContentType(properties.ContentType), url);
        var saved = await ingestor.SaveAsync(input, cancellationToken).ConfigureAwait(false);
        return Record(name, etag, IngestionStatus.Processed, saved.Id, null, attempts);
    }

    private async Task<IngestionRecord> RejectAsync(BlobClient blob, string name, string etag, BinaryData? content, string reason, int attempts, CancellationToken cancellationToken)
    {
        var target = RejectedBlobs.Target(clients, name);
        var upload = RejectedBlobs.UploadOptions(reason, clock.GetUtcNow());
        if (content is null)
        {
            var source = await blob.OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                await target.UploadAsync(source, upload, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await target.UploadAsync(content, upload, cancellationToken).ConfigureAwait(false);
        }

        return Record(name, etag, IngestionStatus.Rejected, null, reason, attempts);
    }

    private static async Task<BlobProperties?> PropertiesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Deletes the upload only while it is the one processed; a newer upload under the name stays for its own delivery.</summary>
    private static async Task RemoveIncomingAsync(BlobClient blob, ETag processed, CancellationToken cancellationToken)
    {
        try
        {
            await blob.DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = processed }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Replaced by a new upload since: that one gets processed on its own.
        }
    }

    /// <summary>The upload's Content-Type when it says HTML (it may carry the charset); otherwise the page decides.</summary>
    private static string HtmlContentType(string? contentType) =>
        contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase) ? contentType : "text/html";

    private IngestionRecord Record(string name, string? etag, IngestionStatus status, string? articleId, string? reason, int attempts) =>
        new(name, status, articleId, reason, attempts, clock.GetUtcNow()) { BlobETag = etag };

    /// <summary>A storage failure by its kind only (no address or key); any other error by its type and first line.</summary>
    private static string Describe(Exception e, CancellationToken cancellationToken) =>
        StorageFailure.IsTransient(e, cancellationToken) ? StorageFailure.Describe(e) : $"{e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";

    /// <summary>Best effort: the original error matters more than a failure to note it (storage is likely down).</summary>
    private async Task RecordFailureAsync(string name, string? etag, string error, int attempts)
    {
        try
        {
            await log.RecordAsync(Record(name, etag, IngestionStatus.Failed, null, error, attempts), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailure.IsTransient(e))
        {
            LogRecordFailed(logger, name, StorageFailure.Describe(e));
        }
    }

    [LoggerMessage(LogLevel.Information, "Blob {Name} is gone (ingestion status {Status}); nothing to do.")]
    private static partial void LogGone(ILogger logger, string name, IngestionStatus? status);

    [LoggerMessage(LogLevel.Information, "Blob {Name} was already {Status}; removed it from the incoming container.")]
    private static partial void LogFinished(ILogger logger, string name, IngestionStatus status);

    [LoggerMessage(LogLevel.Information, "Blob {Name} stored as article {Id}.")]
    private static partial void LogProcessed(ILogger logger, string name, string id);

    [LoggerMessage(LogLevel.Warning, "Blob {Name} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string name, string reason);

    [LoggerMessage(LogLevel.Warning, "Could not record the failure of blob {Name}: {Error}")]
    private static partial void LogRecordFailed(ILogger logger, string name, string error);
}
