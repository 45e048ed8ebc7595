using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Articles;

/// <summary>The committed head row of an article, as read (the whole entity, so the payload slices come along).</summary>
internal sealed class ArticleHead(TableEntity entity)
{
    public TableEntity Entity { get; } = entity;

    public string Id => Entity.PartitionKey;

    public ETag ETag => Entity.ETag;

    public string Version => Entity.GetString("Version") ?? "";

    public long SortTicks => Entity.GetInt64("SortTicks") ?? 0;

    public DateTimeOffset FirstSavedAt => Entity.GetDateTimeOffset("FirstSavedAt") ?? DateTimeOffset.UnixEpoch;

    /// <summary>The version whose sources/officials the aggregate tables reflect (repair marker).</summary>
    public string? AggregatedVersion => Entity.GetString("AggregatedVersion");

    public int PayloadLength => Entity.GetInt32("PayloadLength") ?? 0;

    public int PayloadRows => Entity.GetInt32("PayloadRows") ?? 0;
}
