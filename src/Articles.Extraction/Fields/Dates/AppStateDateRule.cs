using System.Text.Json;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>
/// Script-rendered sites (Next.js and the like) ship the article as JSON data in the page and nothing else. The
/// publication date is read from the JSON object whose title is the page's headline, so dates of other items
/// (teasers, images, menus) are never taken.
/// </summary>
internal sealed class AppStateDateRule : IFieldRule<FoundDate>
{
    private const int MaxScriptChars = 3_000_000;
    private const int MaxObjects = 50_000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 128 };

    private static readonly string[] TitleKeys = ["headline", "title", "name"];

    private static readonly string[] DateKeys =
    [
        "datePublished", "publishedAt", "published_at", "publishDate", "publicationDate", "firstPublishedAt",
        "createdAt", "created_at", "date",
    ];

    public string Name => "app-state";

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (HeadlineRules.Cascade.Run(page)?.Value is not { Length: > 0 } headline)
        {
            return null;
        }

        var wanted = HeadlineKey(headline);
        foreach (var script in page.Document.QuerySelectorAll("script[type='application/json']"))
        {
            var text = script.TextContent;
            if (text.Length is 0 or > MaxScriptChars || Parse(text) is not { } document)
            {
                continue;
            }

            using (document)
            {
                var budget = MaxObjects;
                if (Search(page, document.RootElement, wanted, ref budget) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static JsonDocument? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FoundDate? Search(PageContext page, JsonElement element, string wanted, ref int budget)
    {
        if (--budget < 0)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Search(page, item, wanted, ref budget) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (HasTitle(element, wanted) && DateOf(page, element) is { } own)
        {
            return own;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (Search(page, property.Value, wanted, ref budget) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool HasTitle(JsonElement node, string wanted)
    {
        foreach (var key in TitleKeys)
        {
            if (node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
                && HeadlineKey(value.GetString()!) == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static FoundDate? DateOf(PageContext page, JsonElement node)
    {
        foreach (var key in DateKeys)
        {
            if (node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
                && DateReader.FromValue(page, value.GetString()) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // Case and spacing differ between the data and the rendered heading.
    private static string HeadlineKey(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
