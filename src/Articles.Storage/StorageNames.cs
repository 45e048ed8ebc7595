namespace Articles.Storage;

/// <summary>Names other parts (functions, infra) must agree on.</summary>
public static class StorageNames
{
    /// <summary>The one connection setting: a connection string locally, <c>ArticleStorage__accountName</c> etc. in Azure.</summary>
    public const string ConnectionSetting = "ArticleStorage";

    public const string IncomingContainer = "articles-incoming";
    public const string RawContainer = "articles-raw";
    public const string RejectedContainer = "articles-rejected";
}
