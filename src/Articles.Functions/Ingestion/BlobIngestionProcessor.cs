using Articles.Functions.Input;
using Articles.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Articles.Functions.Ingestion;

/// <summary>
/// One blob from articles-incoming: stored as an article (then deleted), or moved to articles-rejected with the
/// reason; either way the ingestion row says so. Storage errors are thrown so the host retries; ids are
/// deterministic, so a re-delivered blob updates the same article instead of adding one.
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
        try
        {
            if (await PropertiesAsync(blob, cancellationToken).ConfigureAwait(false) is not { } properties)
            {
                // Already handled by an earlier delivery (or deleted by the uploader): nothing left to do.
                LogGone(logger, name, previous?.Status);
                return;
            }

            await Record(name, IngestionStatus.Processing, null, null, attempts, cancellationToken).ConfigureAwait(false);
            await IngestAsync(blob, name, properties, attempts, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            await RecordFailure(name, $"{e.Status} {e.ErrorCode}: {e.Message.Split('\n')[0].Trim()}", attempts).ConfigureAwait(false);
            throw;
        }
        catch (ArticleConflictException e)
        {
            await RecordFailure(name, e.Message, attempts).ConfigureAwait(false);
            throw;
        }
    }

    private async Task IngestAsync(BlobClient blob, string name, BlobProperties properties, int attempts, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxHtmlBytes;
        if (properties.ContentLength > limit)
        {
            await RejectAsync(blob, name, null, $"The file is {properties.ContentLength} bytes; the limit is {limit} bytes.", attempts, cancellationToken).ConfigureAwait(false);
            return;
        }

        var content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        var bytes = content.ToArray();
        var urlProblem = SubmittedUrl.Check(BlobMetadataText.Find(properties.Metadata, UrlMetadataKey), "blob metadata 'url'", out var url);
        if ((urlProblem ?? HtmlSniffer.WhyNotHtml(bytes)) is { } reason)
        {
            await RejectAsync(blob, name, content, reason, attempts, cancellationToken).ConfigureAwait(false);
            return;
        }

        var input = new ArticleInput(bytes, HtmlContentType(properties.ContentType), url);
        var outcome = await ingestor.SaveAsync(input, cancellationToken).ConfigureAwait(false);
        await Record(name, IngestionStatus.Processed, outcome.Id, null, attempts, cancellationToken).ConfigureAwait(false);
        await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        LogProcessed(logger, name, outcome.Id, outcome.Result);
    }

    private async Task RejectAsync(BlobClient blob, string name, BinaryData? content, string reason, int attempts, CancellationToken cancellationToken)
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

        await Record(name, IngestionStatus.Rejected, null, reason, attempts, cancellationToken).ConfigureAwait(false);
        await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        LogRejected(logger, name, reason);
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

    /// <summary>The upload's Content-Type when it says HTML (it may carry the charset); otherwise the page decides.</summary>
    private static string HtmlContentType(string? contentType) =>
        contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase) ? contentType : "text/html";

    private Task Record(string name, IngestionStatus status, string? articleId, string? reason, int attempts, CancellationToken cancellationToken) =>
        log.RecordAsync(new IngestionRecord(name, status, articleId, reason, attempts, clock.GetUtcNow()), cancellationToken);

    /// <summary>Best effort: the original error matters more than a failure to note it.</summary>
    private async Task RecordFailure(string name, string error, int attempts)
    {
        try
        {
            await Record(name, IngestionStatus.Failed, null, error, attempts, CancellationToken.None).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            LogRecordFailed(logger, name, e.Message);
        }
    }

    [LoggerMessage(LogLevel.Information, "Blob {Name} is gone (ingestion status {Status}); nothing to do.")]
    private static partial void LogGone(ILogger logger, string name, IngestionStatus? status);

    [LoggerMessage(LogLevel.Information, "Blob {Name} stored as article {Id} ({Result}).")]
    private static partial void LogProcessed(ILogger logger, string name, string id, SaveResult result);

    [LoggerMessage(LogLevel.Warning, "Blob {Name} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string name, string reason);

    [LoggerMessage(LogLevel.Warning, "Could not record the failure of blob {Name}: {Error}")]
    private static partial void LogRecordFailed(ILogger logger, string name, string error);
}
