using Articles.Extraction.Model;
using Articles.Storage.Articles;
using Articles.Storage.Concurrency;

namespace Articles.Storage.Aggregates;

/// <summary>
/// Makes the Sources/Officials tables count an article exactly under the names of its committed version. State-based,
/// not delta-based: it re-reads the head and sets every name it has seen for the article to present or absent, then
/// marks the head <c>AggregatedVersion</c>; when the head changed meanwhile it goes round again. Re-running it is
/// harmless, so a save that crashed half-way is repaired by the next save of the same article.
/// </summary>
internal sealed class AggregateReconciler(ArticleRows rows, AggregateTable sources, AggregateTable officials, int maxRounds)
{
    private const int Parallelism = 8;

    /// <param name="committed">The version this writer has just committed, when it has: the first round uses it
    /// instead of reading the head back, and adds names the previous version did not have without reading their
    /// membership rows first (the ETag-checked transaction refuses a wrong guess).</param>
    public async Task ReconcileAsync(
        string id, IEnumerable<NamedMember> knownSources, IEnumerable<NamedMember> knownOfficials, CommittedVersion? committed, CancellationToken cancellationToken)
    {
        var sourceKeys = knownSources.Select(member => member.Key).ToHashSet(StringComparer.Ordinal);
        var officialKeys = knownOfficials.Select(member => member.Key).ToHashSet(StringComparer.Ordinal);
        string? applied = null;
        for (var round = 1; round <= maxRounds; round++)
        {
            ArticleHead? head;
            ArticleMetadata? metadata;
            IReadOnlySet<string>? countedBefore = null;
            if (round == 1 && committed is not null)
            {
                (head, metadata, countedBefore) = (committed.Head, committed.Metadata, committed.CountedBefore);
            }
            else
            {
                // Done when our last pass was for the version still committed and someone marked it: any stale pass
                // by another reconciler is followed by that reconciler's own pass for this version.
                head = await rows.ReadHeadAsync(id, cancellationToken).ConfigureAwait(false);
                if (head is not null && head.Version == applied && head.AggregatedVersion == head.Version)
                {
                    return;
                }

                metadata = head is null ? null : await rows.ReadMetadataAsync(head, cancellationToken).ConfigureAwait(false);
                if (head is not null && metadata is null)
                {
                    await Retry.PauseAsync(round, cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            var sortKey = head is null ? "" : IndexEntries.SortKey(head.SortTicks, id);
            var wantedSources = metadata is null ? [] : ArticleMembers.Sources(metadata);
            var wantedOfficials = metadata is null ? [] : ArticleMembers.Officials(metadata);
            await Task.WhenAll(
                ApplyAsync(sources, id, sortKey, wantedSources, sourceKeys, countedBefore, cancellationToken),
                ApplyAsync(officials, id, sortKey, wantedOfficials, officialKeys, countedBefore, cancellationToken)).ConfigureAwait(false);
            applied = head?.Version;
            if (head is null || await rows.MarkAggregatedAsync(head, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new ArticleConflictException($"Article {id} kept changing while its source/official counts were updated.");
    }

    private static Task ApplyAsync(
        AggregateTable table, string id, string sortKey, List<NamedMember> wanted, HashSet<string> seenKeys, IReadOnlySet<string>? countedBefore, CancellationToken cancellationToken)
    {
        seenKeys.UnionWith(wanted.Select(member => member.Key));
        var wantedByKey = wanted.ToDictionary(member => member.Key, StringComparer.Ordinal);
        return Parallel.ForEachAsync(
            seenKeys.ToList(),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (key, token) =>
            {
                if (wantedByKey.TryGetValue(key, out var member))
                {
                    await table.EnsurePresentAsync(member, id, sortKey, countedBefore?.Contains(key) == false, token).ConfigureAwait(false);
                }
                else
                {
                    await table.EnsureAbsentAsync(key, id, token).ConfigureAwait(false);
                }
            });
    }
}

/// <summary>A version a writer has just committed: the head as committed (new ETag), its metadata, and the name keys
/// the version before it was counted under.</summary>
internal sealed record CommittedVersion(ArticleHead Head, ArticleMetadata Metadata, IReadOnlySet<string> CountedBefore);
