using System.Text.Json;
using Articles.Functions.Tests.EndToEnd;
using Articles.Storage;
using Articles.Storage.Layout;
using Azure.Data.Tables;

namespace Articles.Functions.Tests.Faults;

/// <summary>
/// Checks what a client can see after a fault, through the API, against what storage holds: every committed article
/// (head row) has its raw HTML of the same version and is listed exactly once; every listed article exists; every
/// source and official count equals the number of articles the listing finds under that name, and its latest
/// article exists. Returns the problems found (none when consistent).
/// </summary>
internal static class StoreAudit
{
    /// <param name="counts">Also check the source and official counts. A save cut off between its commit and the
    /// count update leaves them behind until the article is saved again (the client's retry after a 503, or the
    /// blob's re-delivery), so right after an outage only the articles themselves are checked.</param>
    public static async Task<List<string>> RunAsync(HttpClient client, ArticleStorageClients direct, bool counts = true)
    {
        var problems = new List<string>();
        var heads = await HeadsAsync(direct);
        var raw = direct.Container(StorageNames.RawContainer);
        foreach (var (id, version) in heads)
        {
            var blob = raw.GetBlobClient(id);
            if (!await blob.ExistsAsync())
            {
                problems.Add($"article {id} has no raw HTML");
            }
            else if ((await blob.GetPropertiesAsync()).Value.Metadata.TryGetValue("version", out var blobVersion) && blobVersion != version)
            {
                problems.Add($"article {id} is version {version} but its raw HTML is version {blobVersion}");
            }
        }

        var listed = (await ListAllAsync(client, "/api/articles?limit=100")).Select(item => item.GetProperty("id").GetString()!).ToList();
        problems.AddRange(listed.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => $"article {group.Key} listed {group.Count()} times"));
        problems.AddRange(listed.Distinct().Where(id => !heads.ContainsKey(id)).Select(id => $"listed article {id} does not exist"));
        problems.AddRange(heads.Keys.Where(id => !listed.Contains(id)).Select(id => $"article {id} is missing from the listing"));

        foreach (var (kind, filter) in counts ? new[] { ("sources", "source"), ("officials", "official") } : [])
        {
            foreach (var entry in await ListAllAsync(client, $"/api/{kind}?limit=100"))
            {
                var name = entry.GetProperty("name").GetString()!;
                var count = entry.GetProperty("articleCount").GetInt32();
                var latest = entry.TryGetProperty("latestArticleId", out var value) ? value.GetString() : null;
                var under = await ListAllAsync(client, $"/api/articles?limit=100&{filter}={Uri.EscapeDataString(name)}");
                if (under.Count != count)
                {
                    problems.Add($"{kind}: '{name}' counts {count} articles, the listing finds {under.Count}");
                }

                if (latest is null || !heads.ContainsKey(latest))
                {
                    problems.Add($"{kind}: '{name}' names latest article {latest ?? "(none)"}, which does not exist");
                }
            }
        }

        return problems;
    }

    /// <summary>Committed articles (head rows) and their versions, read straight from storage.</summary>
    public static async Task<Dictionary<string, string>> HeadsAsync(ArticleStorageClients direct)
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {"article"}");
        await foreach (var row in direct.Table(TableNames.Articles).QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Version"]))
        {
            heads[row.PartitionKey] = row.GetString("Version") ?? "";
        }

        return heads;
    }

    /// <summary>Every item of a paged list, following nextCursor.</summary>
    public static async Task<List<JsonElement>> ListAllAsync(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var reply = await client.GetAsync(cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}").ReadAsync();
            Assert.True(reply.Status == 200, $"{path}: {reply.Status} {reply.Text}");
            var json = reply.Json;
            items.AddRange(json.GetProperty("items").EnumerateArray());
            cursor = json.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return items;
    }
}
