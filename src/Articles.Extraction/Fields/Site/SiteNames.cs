using System.Text.Json;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Site;

/// <summary>
/// Every name the page gives itself (og:site_name, JSON-LD publisher and WebSite names, application-name) and the
/// words of its host, used to recognise a site-name part of a title.
/// </summary>
public sealed class SiteNames
{
    private static readonly HashSet<string> HostNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "www", "m", "mobile", "amp", "com", "org", "net", "co", "gov", "edu", "info", "news", "online",
    };

    private readonly List<string> keys;
    private readonly List<string> hostWords;

    private SiteNames(List<string> keys, List<string> hostWords)
    {
        this.keys = keys;
        this.hostWords = hostWords;
    }

    public static SiteNames Of(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Memo(nameof(SiteNames), Read);
    }

    private static SiteNames Read(PageContext page)
    {
        var names = new List<string?>
        {
            page.Meta.First("og:site_name"),
            PublisherName(page.JsonLd),
            WebSiteName(page.JsonLd),
            page.Meta.First("application-name"),
            page.Meta.First("apple-mobile-web-app-title"),
            page.Meta.First("twitter:site")?.TrimStart('@'),
        };
        var keys = names.Select(n => CleanText.Fold(n) is { } s ? NameKey.Of(s) : "")
            .Where(k => k.Length >= 2)
            .Distinct()
            .ToList();
        return new SiteNames(keys, HostWords(page.Hints.SourceUrl));
    }

    /// <summary>
    /// True when a title part is the site's name rather than part of the headline: the part is the name, the name
    /// opens it ("BBC News", "Süddeutsche.de"), or, in a part of at most three words, closes it ("Schweizerische
    /// Vogelwarte"). Word-wise, so "Bildung" is not the site "bild.de".
    /// </summary>
    public bool Matches(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var key = NameKey.Of(part);
        if (key.Length < 2)
        {
            return false;
        }

        var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => WordSplitter.Split(w))
            .Select(NameKey.Of)
            .Where(w => w.Length > 0)
            .ToList();
        var shortPart = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxEndRunWords;
        foreach (var name in keys.Concat(hostWords))
        {
            if (key == name
                || (name.Length >= 3 && OpensWith(words, name))
                || (name.Length >= 3 && shortPart && ClosesWith(words, name))
                || (key.Length >= 4 && name.StartsWith(key, StringComparison.Ordinal) && key.Length * 2 >= name.Length))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxEndRunWords = 3;

    private static readonly System.Text.RegularExpressions.Regex WordSplitter = new(
        @"[^\p{L}\p{Nd}]+",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool OpensWith(List<string> words, string name)
    {
        var run = "";
        foreach (var word in words)
        {
            run += word;
            if (run == name)
            {
                return true;
            }

            if (run.Length >= name.Length)
            {
                return false;
            }
        }

        return false;
    }

    private static bool ClosesWith(List<string> words, string name)
    {
        var last = words.Count;
        while (last > 0 && HostNoise.Contains(words[last - 1]) || (last > 0 && words[last - 1].Length == 2 && last > 1))
        {
            last--; // trailing ".de", ".com", "online"
        }

        var run = "";
        for (var i = last - 1; i >= 0; i--)
        {
            run = words[i] + run;
            if (run == name)
            {
                return true;
            }

            if (run.Length >= name.Length)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a whole text is nothing but the site's name (a generic title, a logo heading).</summary>
    public bool IsExactly(string text)
    {
        var key = NameKey.Of(text);
        return key.Length > 0 && (keys.Contains(key) || hostWords.Contains(key));
    }

    /// <summary>The name of the article's publisher (following an @id reference).</summary>
    public static string? PublisherName(JsonLdGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var node in graph.ArticleNodes)
        {
            if (node.TryGetProperty("publisher", out var publisher))
            {
                var target = publisher.ValueKind == JsonValueKind.Array && publisher.GetArrayLength() > 0 ? publisher[0] : publisher;
                if (JsonLdGraph.GetString(graph.Resolve(target), "name") is { } name)
                {
                    return name;
                }

                if (target.ValueKind == JsonValueKind.String)
                {
                    return JsonLdGraph.AsText(target);
                }
            }
        }

        return null;
    }

    /// <summary>The name of the page's WebSite node.</summary>
    public static string? WebSiteName(JsonLdGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.OfType("WebSite").Select(n => JsonLdGraph.GetString(n, "name")).FirstOrDefault(n => n is not null);
    }

    private static List<string> HostWords(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return [];
        }

        var labels = url.Host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();

        // The registrable name: the label before the top-level domain (and before "co." in "bbc.co.uk").
        var meaningful = labels.Take(Math.Max(labels.Length - 1, 1)).Where(l => !HostNoise.Contains(l)).ToList();
        words.AddRange(meaningful.Select(NameKey.Of).Where(k => k.Length >= 2));
        if (labels.Length >= 2)
        {
            words.Add(NameKey.Of(string.Join("", labels.Where(l => !HostNoise.Contains(l)))));
        }

        return words.Distinct().ToList();
    }
}
