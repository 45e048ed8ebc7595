using Articles.Extraction.Page;

namespace Articles.Extraction.Body;

/// <summary>The URL relative links resolve against: &lt;base href&gt;, canonical, og:url, then the caller's URL.</summary>
internal static class BaseUrl
{
    public static Uri? Find(PageContext page)
    {
        var pageUrl = Absolute(page.Document.QuerySelectorAll("link[rel][href]").FirstOrDefault(l => RelTokens.Has(l, "canonical"))?.GetAttribute("href"))
            ?? Absolute(page.Meta.First("og:url"))
            ?? page.Hints.SourceUrl;
        var baseHref = page.Document.QuerySelector("base[href]")?.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(baseHref))
        {
            if (Absolute(baseHref) is { } absoluteBase)
            {
                return absoluteBase;
            }

            if (pageUrl is not null && Uri.TryCreate(pageUrl, baseHref.Trim(), out var relativeBase))
            {
                return relativeBase;
            }
        }

        return pageUrl;
    }

    /// <summary>The href made absolute when possible; otherwise as written (trimmed).</summary>
    public static string Resolve(Uri? baseUrl, string href)
    {
        var trimmed = href.Trim();

        // Only an explicit scheme makes a link absolute: on Unix "/path" parses as an absolute file: URI.
        if (HasScheme(trimmed) && Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, trimmed, out var resolved) ? resolved.AbsoluteUri : trimmed;
    }

    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && href.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    private static Uri? Absolute(string? href) =>
        !string.IsNullOrWhiteSpace(href)
        && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
