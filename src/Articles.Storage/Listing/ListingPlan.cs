using Articles.Storage.Articles;
using Articles.Storage.Keys;
using Articles.Storage.Layout;
using Azure.Data.Tables;

namespace Articles.Storage.Listing;

/// <summary>An <see cref="ArticleQuery"/> checked and turned into an index, key ranges and a cursor position.</summary>
internal sealed class ListingPlan
{
    public const int MaxLimit = 100;

    private ListingPlan(ArticleQuery query)
    {
        var sourceKey = NameKey.For(query.Source);
        var officialKey = NameKey.For(query.Official);
        Limit = query.Limit;
        Language = IndexEntries.LanguageKey(query.Language);
        From = query.From;
        To = query.To;
        (Kind, Table, NamePartition) = officialKey is not null ? ("official", TableNames.ArticlesByOfficial, (string?)officialKey)
            : sourceKey is not null ? ("source", TableNames.ArticlesBySource, sourceKey)
            : ("date", TableNames.ArticlesByDate, null);
        AlsoSourceKey = officialKey is not null ? sourceKey : null;
        Fingerprint = CursorCodec.Fingerprint(Kind, From?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            To?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), sourceKey, officialKey, Language);
    }

    public string Kind { get; }

    public string Table { get; }

    /// <summary>The name partition for source/official listings; null for the date index.</summary>
    public string? NamePartition { get; }

    public string? AlsoSourceKey { get; }

    public int Limit { get; }

    public string? Language { get; }

    public DateTimeOffset? From { get; }

    public DateTimeOffset? To { get; }

    public string Fingerprint { get; }

    public CursorState? Cursor { get; private set; }

    public static ListingPlan Create(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > MaxLimit)
        {
            throw new InvalidQueryException($"limit must be between 1 and {MaxLimit}; it was {query.Limit}.");
        }

        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw new InvalidQueryException($"from ({from:O}) is after to ({to:O}).");
        }

        var plan = new ListingPlan(query);
        if (!string.IsNullOrEmpty(query.Cursor))
        {
            plan.Cursor = CursorCodec.Decode(query.Cursor, plan.Kind, plan.Fingerprint);
        }

        return plan;
    }

    public bool CoversMonth(string month) =>
        DateKeys.IsMonth(month)
        && (From is null || string.CompareOrdinal(month, DateKeys.Month(From.Value.UtcTicks)) >= 0)
        && (To is null || string.CompareOrdinal(month, DateKeys.Month(To.Value.UtcTicks)) <= 0);

    /// <summary>
    /// The filter for one partition: To bounds the inverted ticks from below, From from above ('.' sorts right after
    /// the '-' that follows the ticks, so every id at exactly From is inside), resuming after the cursor's row.
    /// </summary>
    public string Filter(string partition, string? afterRowKey)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition}") };
        if (afterRowKey is not null)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey gt {afterRowKey}"));
        }

        if (To is { } to)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey ge {DateKeys.Inverted(to.UtcTicks)}"));
        }

        if (From is { } from)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey lt {DateKeys.Inverted(from.UtcTicks) + "."}"));
        }

        if (Language is not null)
        {
            parts.Add(TableClient.CreateQueryFilter($"Language eq {Language}"));
        }

        return string.Join(" and ", parts);
    }
}
