using Articles.Extraction;
using Articles.Extraction.Model;
using Articles.Storage.Aggregates;
using Articles.Storage.Concurrency;
using Articles.Storage.Keys;
using Azure;

namespace Articles.Storage.Articles;

/// <summary>
/// One save, in the documented order: raw blob, payload rows, index rows, then the head row as the commit marker
/// (insert-if-absent or replace-if-ETag-unchanged). A writer that loses a race re-reads and tries again; after the
/// commit it removes the previous version's rows and brings the aggregates in line.
/// </summary>
internal sealed class ArticleWriter(ArticleRows rows, RawBlobs blobs, IndexWriter indexes, AggregateReconciler aggregates, int maxAttempts)
{
    public async Task<SaveOutcome> SaveAsync(ArticleSubmission submission, ArticleMetadata metadata, CancellationToken cancellationToken)
    {
        var contentType = string.IsNullOrWhiteSpace(submission.ContentType) ? "text/html" : submission.ContentType.Trim();
        var id = ArticleIdentity.Derive(ArticleIdentity.CanonicalUrl(metadata.Url) ?? submission.Url, submission.Html.Span);
        var stored = metadata with { Id = id };
        var json = ArticleJson.Serialize(stored);
        var version = ContentVersion.Compute(submission.Html.Span, contentType, json);
        var payload = PayloadCodec.Compress(json);
        var written = new List<IndexEntry>();

        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var head = await rows.ReadHeadAsync(id, cancellationToken).ConfigureAwait(false);
            var blob = await blobs.ReadStateAsync(id, cancellationToken).ConfigureAwait(false);
            if (head?.Version == version && blob?.Version == version)
            {
                await FinishUnchangedAsync(head, written, stored, cancellationToken).ConfigureAwait(false);
                return new SaveOutcome(id, SaveResult.Unchanged, ContentVersion.ToETag(version), stored);
            }

            var sortTicks = DateKeys.ParseTicks(stored.Published) ?? (head?.FirstSavedAt ?? DateTimeOffset.UtcNow).UtcTicks;
            var next = new NewVersion(id, version, sortTicks, head?.FirstSavedAt ?? DateTimeOffset.UtcNow, stored, payload);
            try
            {
                if (blob?.Version != version)
                {
                    await blobs.UploadAsync(id, submission.Html, contentType, version, blob, cancellationToken).ConfigureAwait(false);
                }
                else if (head is null)
                {
                    await blobs.ClaimAsync(id, version, blob, cancellationToken).ConfigureAwait(false);
                }

                var headEntity = await rows.PrepareHeadAsync(next, cancellationToken).ConfigureAwait(false);
                written.AddRange(IndexEntries.For(id, version, sortTicks, stored));
                await indexes.UpsertAsync(id, version, sortTicks, stored, cancellationToken).ConfigureAwait(false);
                await rows.CommitAsync(headEntity, head, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (Retry.IsConflict(exception))
            {
                await Retry.PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await AfterCommitAsync(next, head, written, cancellationToken).ConfigureAwait(false);
            var result = head is null ? SaveResult.Created : head.Version == version ? SaveResult.Unchanged : SaveResult.Updated;
            return new SaveOutcome(id, result, ContentVersion.ToETag(version), stored);
        }

        throw new ArticleConflictException($"Could not save article {id}: it kept changing under {maxAttempts} attempts.");
    }

    /// <summary>Another writer committed this very version: drop our own stray index rows, repair counts if needed.</summary>
    private async Task FinishUnchangedAsync(ArticleHead head, List<IndexEntry> written, ArticleMetadata stored, CancellationToken cancellationToken)
    {
        var committed = IndexEntries.For(head.Id, head.Version, head.SortTicks, stored).ToHashSet();
        await indexes.DeleteAsync(written.Where(entry => !committed.Contains(entry)).Distinct(), cancellationToken).ConfigureAwait(false);
        if (head.AggregatedVersion != head.Version)
        {
            await aggregates.ReconcileAsync(head.Id, ArticleMembers.Sources(stored), ArticleMembers.Officials(stored), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AfterCommitAsync(NewVersion next, ArticleHead? previous, List<IndexEntry> written, CancellationToken cancellationToken)
    {
        var committed = IndexEntries.For(next.Id, next.Version, next.SortTicks, next.Metadata).ToHashSet();
        var stale = written.Where(entry => !committed.Contains(entry)).ToList();
        var knownSources = ArticleMembers.Sources(next.Metadata);
        var knownOfficials = ArticleMembers.Officials(next.Metadata);
        var old = previous is null ? null : await rows.ReadMetadataAsync(previous, cancellationToken).ConfigureAwait(false);
        if (previous is not null && old is not null)
        {
            knownSources.AddRange(ArticleMembers.Sources(old));
            knownOfficials.AddRange(ArticleMembers.Officials(old));
            if (previous.Version != next.Version || previous.SortTicks != next.SortTicks)
            {
                stale.AddRange(IndexEntries.For(previous.Id, previous.Version, previous.SortTicks, old).Where(entry => !committed.Contains(entry)));
            }
        }

        await aggregates.ReconcileAsync(next.Id, knownSources, knownOfficials, cancellationToken).ConfigureAwait(false);
        await indexes.DeleteAsync(stale.Distinct(), cancellationToken).ConfigureAwait(false);
        if (previous is not null && previous.Version != next.Version)
        {
            await rows.DeletePayloadRowsAsync(previous.Id, previous.Version, previous.PayloadRows, cancellationToken).ConfigureAwait(false);
        }
    }
}
