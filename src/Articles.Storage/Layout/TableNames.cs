namespace Articles.Storage.Layout;

/// <summary>
/// The tables the app uses, by their base names (infra/app/storage-names.bicep declares the same list;
/// tests/Articles.Infra.Tests compares them). A <see cref="StorageOptions.TablePrefix"/> may be put in front.
/// </summary>
public static class TableNames
{
    /// <summary>One partition per article: the head row (commit marker) and, for big articles, payload rows.</summary>
    public const string Articles = "Articles";

    /// <summary>Index for newest-first listing: PartitionKey = month <c>yyyy-MM</c>.</summary>
    public const string ArticlesByDate = "ArticlesByDate";

    /// <summary>Index by cited source: PartitionKey = normalised source name.</summary>
    public const string ArticlesBySource = "ArticlesBySource";

    /// <summary>Index by named official: PartitionKey = normalised official name.</summary>
    public const string ArticlesByOfficial = "ArticlesByOfficial";

    /// <summary>Aggregate per source: article count and latest article.</summary>
    public const string Sources = "Sources";

    /// <summary>Aggregate per official: article count, latest role/affiliation and article.</summary>
    public const string Officials = "Officials";

    /// <summary>One row per blob dropped into the incoming container.</summary>
    public const string Ingestions = "Ingestions";

    public static IEnumerable<string> All { get; } =
        [Articles, ArticlesByDate, ArticlesBySource, ArticlesByOfficial, Sources, Officials, Ingestions];
}
