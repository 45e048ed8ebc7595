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

    public static readonly string[] Columns = ["Version", "SortTicks", "Url", "Headline", "Published", "Language", "Site", "SourceNames", "OfficialNames"];

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

    public static ArticleSummary Read(string id, TableEntity entity) => new(
        id,
        entity.GetString("Url"),
        entity.GetString("Headline"),
        entity.GetString("Published"),
        entity.GetString("Language"),
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
