using System.Text.Json;

namespace Articles.Cli.Eval;

/// <summary>Reads gold.jsonl leniently: absent keys are null, a bad line is reported with its number.</summary>
internal static class GoldReader
{
    public const string FileName = "gold.jsonl";

    public static List<GoldRecord> Read(string path)
    {
        var records = new List<GoldRecord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                records.Add(Parse(document.RootElement));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }

        return records;
    }

    public static GoldRecord Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("a gold line must be a JSON object");
        }

        return new GoldRecord
        {
            File = String(root, "file") ?? throw new InvalidDataException("gold line has no \"file\""),
            Url = String(root, "url"),
            Language = String(root, "lang"),
            Headline = String(root, "headline"),
            Published = String(root, "published"),
            Modified = String(root, "modified"),
            Authors = Strings(root, "authors"),
            Site = String(root, "site"),
            Canonical = String(root, "canonical"),
            Sources = Array(root, "sources", Name),
            Officials = Array(root, "officials", Official),
            Quotes = Array(root, "quotes", Quote),
        };
    }

    private static GoldName Name(JsonElement item) => item.ValueKind == JsonValueKind.String
        ? new GoldName(item.GetString()!, [])
        : new GoldName(String(item, "name") ?? string.Empty, Strings(item, "aliases") ?? []);

    private static GoldOfficial Official(JsonElement item) =>
        new(Name(item), String(item, "role"), String(item, "affiliation"), Bool(item, "quoted"));

    private static GoldQuote Quote(JsonElement item) =>
        new(String(item, "speaker") ?? string.Empty, Bool(item, "named"), Bool(item, "direct"), String(item, "text") ?? string.Empty);

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static bool? Bool(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    // A lone string where a list is expected counts as a one-item list.
    private static List<string>? Strings(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.String } value => [value.GetString()!],
        { ValueKind: JsonValueKind.Array } value => value.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .ToList(),
        _ => null,
    };

    private static List<T>? Array<T>(JsonElement element, string name, Func<JsonElement, T> read) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } value
            ? value.EnumerateArray().Select(read).ToList()
            : null;
}
