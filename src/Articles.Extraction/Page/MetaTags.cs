using AngleSharp.Dom;

namespace Articles.Extraction.Page;

/// <summary>The page's &lt;meta&gt; values keyed by lower-cased name, property, itemprop or http-equiv.</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> values;

    private MetaTags(Dictionary<string, List<string>> values) => this.values = values;

    public static MetaTags Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in KeyAttributes)
            {
                var key = meta.GetAttribute(attribute)?.Trim();
                if (!string.IsNullOrEmpty(key))
                {
                    if (!values.TryGetValue(key, out var list))
                    {
                        values[key] = list = [];
                    }

                    list.Add(content);
                }
            }
        }

        return new MetaTags(values);
    }

    /// <summary>The first non-empty value of the first key present.</summary>
    public string? First(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var list) && list.Count > 0)
            {
                return list[0];
            }
        }

        return null;
    }

    public IReadOnlyList<string> All(string key) =>
        values.TryGetValue(key, out var list) ? list : [];

    private static readonly string[] KeyAttributes = ["name", "property", "itemprop", "http-equiv"];
}
