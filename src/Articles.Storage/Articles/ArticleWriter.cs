using Articles.Extraction;
using Articles.Extraction.Model;
using Articles.Storage.Aggregates;
using Articles.Storage.Concurrency;
using Articles.Storage.Keys;
using Azure;

namespace Articles.Storage.Articles;

/// <summary>
/// One save, in the documented order: raw blob, payload rows, new index rows and the superseded mark on the
/// committed version's index rows (all at once), then the head row as the commit marker (insert-if-absent or
/// replace-if-ETag-unchanged). A writer that loses a race re-reads and tries again; after the commit it brings the
/// aggregates in line and removes the previous version's rows.
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
            var headRead = rows.ReadHeadAsync(id, cancellationToken);
            var blobRead = blobs.ReadStateAsync(id, cancellationToken);
            await Task.WhenAll(headRead, blobRead).ConfigureAwait(false);
            var (head, blob) = (await headRead.ConfigureAwait(false), await blobRead.ConfigureAwait(false));
            if (head?.Version == version && blob?.Version == version)
            {
                await FinishUnchangedAsync(head, written, stored, cancellationToken).ConfigureAwait(false);
                return new SaveOutcome(id, SaveResult.Unchanged, ContentVersion.ToETag(version), stored);
            }

            // The committed version's metadata (in the head row unless the article is big): its index rows are
            // marked superseded before the commit, and its names are reconciled after it.
            var old = head is null ? null : await rows.ReadMetadataAsync(head, cancellationToken).ConfigureAwait(false);
            if (head is not null && old is null)
            {
                await Retry.PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var sortTicks = DateKeys.ParseTicks(stored.Published) ?? (head?.FirstSavedAt ?? DateTimeOffset.UtcNow).UtcTicks;
            var next = new NewVersion(id, version, sortTicks, head?.FirstSavedAt ?? DateTimeOffset.UtcNow, stored, payload);
            var entries = IndexEntries.For(id, version, sortTicks, stored);
            var superseded = head is null ? [] : IndexEntries.For(head.Id, head.Version, head.SortTicks, old!).Except(entries).ToList();
            ArticleHead committed;
            try
            {
                // Everything the commit needs is independent of the rest: write it all at once, then commit.
                var blobWrite = blob?.Version != version ? blobs.UploadAsync(id, submission.Html, contentType, version, blob, cancellationToken)
                    : head is null ? blobs.ClaimAsync(id, version, blob, cancellationToken)
                    : Task.CompletedTask;
                var headPrepared = rows.PrepareHeadAsync(next, cancellationToken);
                written.AddRange(entries);
                var indexWrite = indexes.UpsertAsync(id, version, sortTicks, stored, cancellationToken);
                var marks = indexes.MarkSupersededAsync(superseded, cancellationToken);
                await Task.WhenAll(blobWrite, headPrepared, indexWrite, marks).ConfigureAwait(false);
                committed = await rows.CommitAsync(await headPrepared.ConfigureAwait(false), head, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (Retry.IsConflict(exception))
            {
                await Retry.PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await AfterCommitAsync(next, committed, head, old, written, cancellationToken).ConfigureAwait(false);
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
            await aggregates.ReconcileAsync(head.Id, ArticleMembers.Sources(stored), ArticleMembers.Officials(stored), null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AfterCommitAsync(NewVersion next, ArticleHead committed, ArticleHead? previous, ArticleMetadata? old, List<IndexEntry> written, CancellationToken cancellationToken)
    {
        var committedEntries = IndexEntries.For(next.Id, next.Version, next.SortTicks, next.Metadata).ToHashSet();
        var stale = written.Where(entry => !committedEntries.Contains(entry)).ToList();
        var knownSources = ArticleMembers.Sources(next.Metadata);
        var knownOfficials = ArticleMembers.Officials(next.Metadata);
        var countedBefore = new HashSet<string>(StringComparer.Ordinal);
        if (previous is not null && old is not null)
        {
            var oldSources = ArticleMembers.Sources(old);
            var oldOfficials = ArticleMembers.Officials(old);
            knownSources.AddRange(oldSources);
            knownOfficials.AddRange(oldOfficials);
            countedBefore.UnionWith(oldSources.Concat(oldOfficials).Select(member => member.Key));
            if (previous.Version != next.Version || previous.SortTicks != next.SortTicks)
            {
                stale.AddRange(IndexEntries.For(previous.Id, previous.Version, previous.SortTicks, old).Where(entry => !committedEntries.Contains(entry)));
            }
        }

        var payloadCleanup = previous is not null && previous.Version != next.Version
            ? rows.DeletePayloadRowsAsync(previous.Id, previous.Version, previous.PayloadRows, cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(
            aggregates.ReconcileAsync(next.Id, knownSources, knownOfficials, new CommittedVersion(committed, next.Metadata, countedBefore), cancellationToken),
            indexes.DeleteAsync(stale.Distinct(), cancellationToken),
            payloadCleanup).ConfigureAwait(false);
    }
}
