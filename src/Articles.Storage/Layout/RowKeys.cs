namespace Articles.Storage.Layout;

/// <summary>Fixed row keys and key prefixes inside the tables (docs/storage.md).</summary>
internal static class RowKeys
{
    /// <summary>The head row of an article partition: the commit marker.</summary>
    public const string ArticleHead = "article";

    /// <summary>Payload rows of a big article: <c>payload-{version}-{n:D3}</c>.</summary>
    public const string PayloadPrefix = "payload-";

    /// <summary>The aggregate row of a source/official partition.</summary>
    public const string Summary = "summary";

    /// <summary>Membership rows in an aggregate partition: <c>m-{articleId}</c>.</summary>
    public const string MemberPrefix = "m-";

    /// <summary>The one row of an ingestion partition.</summary>
    public const string Ingestion = "ingestion";

    /// <summary>Partition of ArticlesByDate that lists the months holding index rows (RowKey = month).</summary>
    public const string MonthsPartition = "months";

    public static string Payload(string version, int index) => $"{PayloadPrefix}{version}-{index:D3}";

    public static string Member(string articleId) => MemberPrefix + articleId;
}
