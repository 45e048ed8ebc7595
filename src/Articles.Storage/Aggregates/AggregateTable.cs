using System.Net;
using Articles.Storage.Articles;
using Articles.Storage.Concurrency;
using Articles.Storage.Layout;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Aggregates;

/// <summary>
/// The Sources or Officials table. PartitionKey = name key; RowKey "summary" holds the count and the latest article;
/// one membership row "m-{articleId}" per counted article. A membership row and its summary always change in one
/// entity-group transaction (same partition, ETag-checked), so a count can neither miss nor double an article,
/// however often or concurrently a save is repeated.
/// </summary>
internal sealed class AggregateTable(TableClient table, int maxAttempts)
{
    private static readonly string[] MemberColumns = ["RowKey", "ArticleId", "SortKey", "Name", "Role", "Affiliation"];

    public TableClient Table { get; } = table;

    /// <summary>Counts the article under the name (once) and moves "latest" to it when it is the newest.</summary>
    /// <param name="likelyAbsent">The article was not counted under this name before (a new article, a new name):
    /// read only the summary and add the membership row. When the guess is wrong the transaction's Add fails (409)
    /// and nothing is written; the next attempt reads both rows.</param>
    public async Task EnsurePresentAsync(NamedMember member, string articleId, string sortKey, bool likelyAbsent, CancellationToken cancellationToken)
    {
        var desired = new TableEntity(member.Key, RowKeys.Member(articleId))
        {
            ["ArticleId"] = articleId,
            ["SortKey"] = sortKey,
            ["Name"] = member.Name,
            ["Role"] = member.Role,
            ["Affiliation"] = member.Affiliation,
        };
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var summaryRead = GetAsync(member.Key, RowKeys.Summary, cancellationToken);
            var existingRead = likelyAbsent ? Task.FromResult<TableEntity?>(null) : GetAsync(member.Key, desired.RowKey, cancellationToken);
            await Task.WhenAll(summaryRead, existingRead).ConfigureAwait(false);
            var (summary, existing) = (await summaryRead.ConfigureAwait(false), await existingRead.ConfigureAwait(false));
            if (existing is not null && summary is not null && SameMember(existing, desired))
            {
                return;
            }

            var count = summary is null
                ? await CountMembersAsync(member.Key, articleId, cancellationToken).ConfigureAwait(false) + 1
                : (summary.GetInt32("ArticleCount") ?? 0) + (existing is null ? 1 : 0);
            var (latest, scanned) = await LatestAfterUpsertAsync(summary, desired, cancellationToken).ConfigureAwait(false);
            var newSummary = SummaryRow(member.Key, count, latest, summary, scanned);
            List<TableTransactionAction> actions =
            [
                existing is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, desired)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, desired, existing.ETag),
                summary is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, newSummary)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newSummary, summary.ETag),
            ];
            var status = await SubmitAsync(actions, attempt, cancellationToken).ConfigureAwait(false);
            if (status == 0)
            {
                return;
            }

            // 412: the summary changed (another article), the guess may still hold; 409/404: read both rows.
            likelyAbsent &= status == (int)HttpStatusCode.PreconditionFailed;
        }

        throw new ArticleConflictException($"Could not count article {articleId} under '{member.Name}' in {Table.Name}: too many concurrent writers.");
    }

    /// <summary>Stops counting the article under the name; the summary goes when its count reaches zero.</summary>
    public async Task EnsureAbsentAsync(string key, string articleId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var existing = await GetAsync(key, RowKeys.Member(articleId), cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return;
            }

            var summary = await GetAsync(key, RowKeys.Summary, cancellationToken).ConfigureAwait(false);
            List<TableTransactionAction> actions = [new(TableTransactionActionType.Delete, existing, existing.ETag)];
            var count = (summary?.GetInt32("ArticleCount") ?? 0) - 1;
            if (summary is not null && count <= 0)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, summary, summary.ETag));
            }
            else if (summary is not null)
            {
                var scanned = summary.GetString("LatestArticleId") == articleId;
                var latest = scanned ? await NewestMemberAsync(key, articleId, null, cancellationToken).ConfigureAwait(false) : summary;
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, SummaryRow(key, count, latest, summary, scanned), summary.ETag));
            }

            if (await SubmitAsync(actions, attempt, cancellationToken).ConfigureAwait(false) == 0)
            {
                return;
            }
        }

        throw new ArticleConflictException($"Could not uncount article {articleId} in {Table.Name}: too many concurrent writers.");
    }

    /// <summary>Summary rows in key order after <paramref name="afterKey"/>; one more than asked tells whether a next page exists.</summary>
    public async Task<List<TableEntity>> ListSummariesAsync(int count, string? afterKey, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKeys.Summary}");
        if (afterKey is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"PartitionKey gt {afterKey}");
        }

        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: count, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == count)
            {
                break;
            }
        }

        return rows;
    }

    private async Task<TableEntity?> GetAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>0 when the transaction went through; else the conflict status (409, 412, 404), after a pause.</summary>
    private async Task<int> SubmitAsync(List<TableTransactionAction> actions, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (TableTransactionFailedException exception) when (Retry.IsConflict(exception))
        {
            await Retry.PauseAsync(attempt, cancellationToken).ConfigureAwait(false);
            return exception.Status;
        }
    }

    /// <summary>The newest member once <paramref name="desired"/> is written: it, the current latest, or (when the latest moved back in time) a scan.</summary>
    private async Task<(TableEntity Latest, bool Scanned)> LatestAfterUpsertAsync(TableEntity? summary, TableEntity desired, CancellationToken cancellationToken)
    {
        if (summary is null || string.CompareOrdinal(desired.GetString("SortKey"), summary.GetString("LatestSortKey")) <= 0)
        {
            return (desired, false);
        }

        return summary.GetString("LatestArticleId") == desired.GetString("ArticleId")
            ? (await NewestMemberAsync(desired.PartitionKey, desired.GetString("ArticleId"), desired, cancellationToken).ConfigureAwait(false), true)
            : (summary, false);
    }

    /// <summary>
    /// Scans the partition's members (only when the latest article leaves or gets older): the newest one, with the
    /// role and affiliation of the newest members that state them.
    /// </summary>
    private async Task<TableEntity> NewestMemberAsync(string key, string? replacedId, TableEntity? replacement, CancellationToken cancellationToken)
    {
        var members = new List<TableEntity>();
        if (replacement is not null)
        {
            members.Add(replacement);
        }

        await foreach (var row in MembersAsync(key, cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("ArticleId") != replacedId)
            {
                members.Add(row);
            }
        }

        members.Sort((left, right) => string.CompareOrdinal(left.GetString("SortKey"), right.GetString("SortKey")));
        if (members.Count == 0)
        {
            return new TableEntity();
        }

        var newest = new TableEntity(members[0]);
        newest["Role"] = members.Select(member => member.GetString("Role")).FirstOrDefault(role => role is not null);
        newest["Affiliation"] = members.Select(member => member.GetString("Affiliation")).FirstOrDefault(affiliation => affiliation is not null);
        return newest;
    }

    private async Task<int> CountMembersAsync(string key, string exceptId, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var row in MembersAsync(key, cancellationToken).ConfigureAwait(false))
        {
            count += row.GetString("ArticleId") == exceptId ? 0 : 1;
        }

        return count;
    }

    private AsyncPageable<TableEntity> MembersAsync(string key, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey ge {RowKeys.MemberPrefix} and RowKey lt {"m."}");
        return Table.QueryAsync<TableEntity>(filter, select: MemberColumns, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The summary row: count, and the latest member's id, sort key, spelling, role and affiliation. A latest article
    /// that names no role keeps the role known before, so "latest role" means the latest one stated.
    /// </summary>
    private static TableEntity SummaryRow(string key, int count, TableEntity latest, TableEntity? previous, bool scanned = false)
    {
        var rolesFrom = scanned ? null : previous;
        var isMember = latest.RowKey?.StartsWith(RowKeys.MemberPrefix, StringComparison.Ordinal) == true;
        string? Field(string member, string summary) => isMember ? latest.GetString(member) : latest.GetString(summary);
        return new TableEntity(key, RowKeys.Summary)
        {
            ["ArticleCount"] = count,
            ["Name"] = Field("Name", "Name") ?? previous?.GetString("Name"),
            ["LatestArticleId"] = Field("ArticleId", "LatestArticleId"),
            ["LatestSortKey"] = Field("SortKey", "LatestSortKey"),
            ["Role"] = Field("Role", "Role") ?? rolesFrom?.GetString("Role"),
            ["Affiliation"] = Field("Affiliation", "Affiliation") ?? rolesFrom?.GetString("Affiliation"),
        };
    }

    private static bool SameMember(TableEntity existing, TableEntity desired) =>
        existing.GetString("SortKey") == desired.GetString("SortKey")
        && existing.GetString("Name") == desired.GetString("Name")
        && existing.GetString("Role") == desired.GetString("Role")
        && existing.GetString("Affiliation") == desired.GetString("Affiliation");
}
