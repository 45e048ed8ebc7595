using Articles.Extraction.Body;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// The names the page gives its publisher (og:site_name, application-name, JSON-LD publisher / WebSite /
/// Organization, the host name): an "author" equal to one of them is the site, not a writer.
/// </summary>
internal sealed class PublisherNames
{
    private readonly HashSet<string> names;

    private PublisherNames(HashSet<string> names) => this.names = names;

    public static PublisherNames Read(PageContext page)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                names.Add(Key(value));
            }
        }

        Add(page.Meta.First("og:site_name"));
        Add(page.Meta.First("application-name"));
        Add(page.Meta.First("twitter:site")?.TrimStart('@'));
        // A blog published by a person names that person as publisher; that is still an author's name.
        if (page.JsonLd.Article is { } article && article.TryGetProperty("publisher", out var publisher)
            && page.JsonLd.Resolve(publisher) is var publisherNode
            && !JsonLdGraph.Types(publisherNode).Contains("Person", StringComparer.OrdinalIgnoreCase))
        {
            Add(JsonLdGraph.AsText(publisherNode));
        }

        foreach (var node in page.JsonLd.OfType("WebSite", "NewsMediaOrganization"))
        {
            Add(JsonLdGraph.GetString(node, "name"));
        }

        var host = page.Hints.SourceUrl?.Host
            ?? (Uri.TryCreate(page.Document.QuerySelectorAll("link[rel][href]").FirstOrDefault(l => RelTokens.Has(l, "canonical"))?.GetAttribute("href"),
                UriKind.Absolute, out var canonical) ? canonical.Host : null);
        if (host is not null)
        {
            var bare = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
            Add(bare);
            Add(bare.Split('.')[0]);
        }

        return new PublisherNames(names);
    }

    public bool IsPublisher(string name) => names.Contains(Key(name));

    /// <summary>Case, spaces, a leading "The" and dots do not distinguish a publisher's names.</summary>
    private static string Key(string value)
    {
        var folded = TextFolding.Fold(value).ToLowerInvariant();
        if (folded.StartsWith("the ", StringComparison.Ordinal))
        {
            folded = folded[4..];
        }

        return new string(folded.Where(char.IsLetterOrDigit).ToArray());
    }
}
