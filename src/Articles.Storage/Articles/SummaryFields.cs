using System.Text.Json;
using Articles.Extraction;
using Articles.Extraction.Model;
using Azure.Data.Tables;

namespace Articles.Storage.Articles;

/// <summary>
/// The listing fields kept as plain properties of the head row (read with a projection, without the payload).
/// Each is capped so the head row stays small: long texts are cut, name lists keep as many names as fit.
/// </summary>
internal static class SummaryFields
{
    private const int MaxNamesJson = 8_000;

    /// <summary>Index rows keep the language tag under this name: their own <c>Language</c> is the primary subtag listings filter on.</summary>
    public const string IndexLanguageColumn = "LanguageTag";

    public static readonly string[] Columns = ["Version", "SortTicks", "Url", "Headline", "Published", "Language", "Site", "SourceNames", "OfficialNames"];

    /// <summary>The listing fields as an index row holds them.</summary>
    public static readonly string[] IndexColumns = ["Url", "Headline", "Published", IndexLanguageColumn, "Site", "SourceNames", "OfficialNames"];

    public static void Write(TableEntity entity, ArticleMetadata metadata)
    {
        entity["Url"] = TextCap.Cut(metadata.Url);
        entity["Headline"] = TextCap.Cut(metadata.Headline);
        entity["Published"] = TextCap.Cut(metadata.Published);
        entity["Language"] = TextCap.Cut(metadata.Language);
        entity["Site"] = TextCap.Cut(metadata.Site);
        entity["SourceNames"] = NamesJson(ArticleMembers.SourceNames(metadata));
        entity["OfficialNames"] = NamesJson(ArticleMembers.OfficialNames(metadata));
    }

    public static ArticleSummary Read(string id, TableEntity entity) => Read(id, entity, "Language");

    /// <summary>The listing fields of a listed index row (copied from the head by <see cref="CopyToIndex"/>).</summary>
    public static ArticleSummary ReadIndex(string id, TableEntity row) => Read(id, row, IndexLanguageColumn);

    /// <summary>The head's listing fields as properties of an index row (whose own <c>Language</c> is the filter subtag).</summary>
    public static void CopyToIndex(TableEntity head, TableEntity row)
    {
        foreach (var column in Columns.Where(column => column is not ("Version" or "SortTicks")))
        {
            row[column == "Language" ? IndexLanguageColumn : column] = head.GetString(column);
        }
    }

    private static ArticleSummary Read(string id, TableEntity entity, string languageColumn) => new(
        id,
        entity.GetString("Url"),
        entity.GetString("Headline"),
        entity.GetString("Published"),
        entity.GetString(languageColumn),
        entity.GetString("Site"),
        Names(entity.GetString("SourceNames")),
        Names(entity.GetString("OfficialNames")));

    private static string NamesJson(IEnumerable<string> names)
    {
        var kept = new List<string>();
        var length = 2;
        foreach (var name in names)
        {
            length += JsonSerializer.Serialize(name, ArticleJson.Options).Length + 1;
            if (length > MaxNamesJson)
            {
                break;
            }

            kept.Add(name);
        }

        return JsonSerializer.Serialize(kept, ArticleJson.Options);
    }

    private static string[] Names(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
