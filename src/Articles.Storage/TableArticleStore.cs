using Articles.Extraction.Model;
using Articles.Storage.Aggregates;
using Articles.Storage.Articles;
using Articles.Storage.Layout;
using Articles.Storage.Listing;

namespace Articles.Storage;

/// <summary>
/// <see cref="IArticleStore"/> over Table Storage (metadata, indexes, aggregates) and Blob Storage (raw HTML).
/// The design — keys, write order, versions, cursors, limits — is in docs/storage.md.
/// </summary>
public sealed class TableArticleStore : IArticleStore
{
    private readonly ArticleRows rows;
    private readonly RawBlobs blobs;
    private readonly AggregateTable sources;
    private readonly AggregateTable officials;
    private readonly ArticleWriter writer;
    private readonly ArticleDeleter deleter;
    private readonly ArticleLister lister;

    public TableArticleStore(ArticleStorageClients clients, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        var attempts = Math.Max(1, options.MaxAttempts);
        rows = new ArticleRows(clients.Table(TableNames.Articles));
        blobs = new RawBlobs(clients.Container(StorageNames.RawContainer));
        sources = new AggregateTable(clients.Table(TableNames.Sources), attempts);
        officials = new AggregateTable(clients.Table(TableNames.Officials), attempts);
        var indexes = new IndexWriter(clients);
        var reconciler = new AggregateReconciler(rows, sources, officials, attempts);
        writer = new ArticleWriter(rows, blobs, indexes, reconciler, attempts);
        deleter = new ArticleDeleter(rows, blobs, indexes, sources, officials, attempts);
        lister = new ArticleLister(clients, rows);
    }

    public Task<SaveOutcome> SaveAsync(ArticleSubmission submission, ArticleMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(metadata);
        return writer.SaveAsync(submission, metadata, cancellationToken);
    }

    public async Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!ArticleIdentity.IsValid(id))
        {
            return null;
        }

        // A newer save may remove the payload rows of the version just read: read the head again then.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var head = await rows.ReadHeadAsync(id, cancellationToken).ConfigureAwait(false);
            if (head is null)
            {
                return null;
            }

            var metadata = await rows.ReadMetadataAsync(head, cancellationToken).ConfigureAwait(false);
            if (metadata is not null)
            {
                return new StoredArticle(metadata, Keys.ContentVersion.ToETag(head.Version));
            }
        }

        throw new ArticleConflictException($"Article {id} kept changing while it was read.");
    }

    public async Task<RawHtml?> GetHtmlAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!ArticleIdentity.IsValid(id) || await rows.ReadSummaryAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        return await blobs.DownloadAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        ArticleIdentity.IsValid(id) ? deleter.DeleteAsync(id, cancellationToken) : Task.FromResult(false);

    public Task<ResultPage<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default) =>
        lister.ListAsync(query, cancellationToken);

    public async Task<ResultPage<SourceStats>> ListSourcesAsync(int limit, string? cursor, CancellationToken cancellationToken = default)
    {
        var (rowsFound, next) = await AggregatePage.ReadAsync(sources, "sources", limit, cursor, cancellationToken).ConfigureAwait(false);
        return new ResultPage<SourceStats>(
            rowsFound.Select(row => new SourceStats(row.GetString("Name") ?? "", row.GetInt32("ArticleCount") ?? 0, row.GetString("LatestArticleId"))).ToList(),
            next);
    }

    public async Task<ResultPage<OfficialStats>> ListOfficialsAsync(int limit, string? cursor, CancellationToken cancellationToken = default)
    {
        var (rowsFound, next) = await AggregatePage.ReadAsync(officials, "officials", limit, cursor, cancellationToken).ConfigureAwait(false);
        return new ResultPage<OfficialStats>(
            rowsFound.Select(row => new OfficialStats(
                row.GetString("Name") ?? "",
                row.GetString("Role"),
                row.GetString("Affiliation"),
                row.GetInt32("ArticleCount") ?? 0,
                row.GetString("LatestArticleId"))).ToList(),
            next);
    }
}
