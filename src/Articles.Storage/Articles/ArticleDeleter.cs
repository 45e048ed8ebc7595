using Articles.Storage.Aggregates;
using Articles.Storage.Concurrency;
using Azure;

namespace Articles.Storage.Articles;

/// <summary>
/// Delete: uncount the article from the aggregates and mark its index rows superseded, remove the head
/// (ETag-checked: a concurrent save makes us start over), then its index rows, payload rows and raw blob
/// (ETag-checked too: a save racing the delete may have re-used or replaced it). Counts go first so that a failure
/// leaves an article that still exists and a retried delete finishes the job.
/// </summary>
internal sealed class ArticleDeleter(ArticleRows rows, RawBlobs blobs, IndexWriter indexes, AggregateTable sources, AggregateTable officials, int maxAttempts)
{
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var head = await rows.ReadHeadAsync(id, cancellationToken).ConfigureAwait(false);
            if (head is null)
            {
                return false;
            }

            var metadata = await rows.ReadMetadataAsync(head, cancellationToken).ConfigureAwait(false);
            if (metadata is null)
            {
                await Retry.PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // All before the head goes: counts (so a failure leaves an article that still exists and a retried
            // delete finishes the job), the superseded mark on the index rows (so no listing lists them unchecked
            // once the head is gone), and the blob's state, read while the head still exists: a save that starts
            // after the head is gone re-uses or replaces the blob, which changes its ETag, so the conditional delete
            // below cannot remove a blob a new head needs.
            var entries = IndexEntries.For(id, head.Version, head.SortTicks, metadata);
            var uncountSources = Parallel.ForEachAsync(ArticleMembers.Sources(metadata), cancellationToken, async (member, token) =>
                await sources.EnsureAbsentAsync(member.Key, id, token).ConfigureAwait(false));
            var uncountOfficials = Parallel.ForEachAsync(ArticleMembers.Officials(metadata), cancellationToken, async (member, token) =>
                await officials.EnsureAbsentAsync(member.Key, id, token).ConfigureAwait(false));
            var marks = indexes.MarkSupersededAsync(entries, cancellationToken);
            var blobRead = blobs.ReadStateAsync(id, cancellationToken);
            await Task.WhenAll(uncountSources, uncountOfficials, marks, blobRead).ConfigureAwait(false);
            var blob = await blobRead.ConfigureAwait(false);
            try
            {
                await rows.Table.DeleteEntityAsync(id, head.Entity.RowKey, head.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (Retry.IsConflict(exception))
            {
                await Retry.PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await indexes.DeleteAsync(entries, cancellationToken).ConfigureAwait(false);
            await rows.DeletePayloadRowsAsync(id, head.Version, head.PayloadRows, cancellationToken).ConfigureAwait(false);
            if (blob is not null && blob.Version == head.Version)
            {
                await blobs.DeleteIfUnchangedAsync(id, blob, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        throw new ArticleConflictException($"Could not delete article {id}: it kept changing under {maxAttempts} attempts.");
    }
}
