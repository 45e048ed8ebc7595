using Articles.Extraction.Model;
using Articles.Storage.Keys;
using Articles.Storage.Layout;

namespace Articles.Storage.Articles;

/// <summary>
/// The index rows of one article version. Every index has RowKey = inverted ticks + id + version, so the rows of two
/// versions never overwrite each other: a listing keeps a row only when the head's version and sort ticks match it.
/// </summary>
internal static class IndexEntries
{
    public static string RowKey(long sortTicks, string id, string version) => $"{DateKeys.Inverted(sortTicks)}-{id}-{version}";

    /// <summary>The inverted-ticks + id part, which orders articles newest first (ties by id).</summary>
    public static string SortKey(long sortTicks, string id) => $"{DateKeys.Inverted(sortTicks)}-{id}";

    public static List<IndexEntry> For(string id, string version, long sortTicks, ArticleMetadata metadata)
    {
        var rowKey = RowKey(sortTicks, id, version);
        var entries = new List<IndexEntry> { new(TableNames.ArticlesByDate, DateKeys.Month(sortTicks), rowKey) };
        entries.AddRange(ArticleMembers.Sources(metadata).Select(member => new IndexEntry(TableNames.ArticlesBySource, member.Key, rowKey)));
        entries.AddRange(ArticleMembers.Officials(metadata).Select(member => new IndexEntry(TableNames.ArticlesByOfficial, member.Key, rowKey)));
        return entries;
    }

    /// <summary>The primary subtag in lower case ("uk-UA" → "uk"), the form listings filter on.</summary>
    public static string? LanguageKey(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var primary = language.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 0 ? null : primary;
    }
}

internal sealed record IndexEntry(string Table, string PartitionKey, string RowKey);
