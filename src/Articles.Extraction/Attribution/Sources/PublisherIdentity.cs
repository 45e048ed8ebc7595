namespace Articles.Extraction.Attribution.Sources;

/// <summary>The page's own publisher (its site name and host), which is never a cited source.</summary>
internal sealed class PublisherIdentity
{
    private readonly string? siteKey;
    private readonly Outlet? siteOutlet;
    private readonly string? host;
    private readonly string? hostLabel;

    public PublisherIdentity(string? site, Uri? pageUrl)
    {
        if (!string.IsNullOrWhiteSpace(site))
        {
            siteKey = Fold(site);
            siteOutlet = OutletGazetteer.Default.Resolve(site.Trim().Trim('«', '»', '"', '“', '”'));
        }

        if (pageUrl is { IsAbsoluteUri: true } && pageUrl.Host.Length > 0)
        {
            host = StripWww(pageUrl.Host);
            var labels = host.Split('.');
            hostLabel = labels.Length >= 2 ? labels[^2] : labels[0];
            if (hostLabel is "com" or "co" or "org" or "net" && labels.Length >= 3)
            {
                hostLabel = labels[^3];
            }
        }
    }

    /// <summary>Whether the page names its publisher at all.</summary>
    public bool IsKnown => siteKey is not null || host is not null;

    public bool IsPublisher(string name, Outlet? outlet)
    {
        if (outlet is not null)
        {
            if (siteOutlet is not null && ReferenceEquals(outlet, siteOutlet))
            {
                return true;
            }

            if (host is not null && outlet.OwnsHost(host))
            {
                return true;
            }
        }

        var key = Fold(name);
        return key.Length > 0 && (key == siteKey || key == Fold(host ?? string.Empty) || key == hostLabel);
    }

    public bool IsOwnHost(string linkHost) =>
        host is not null && (StripWww(linkHost).Equals(host, StringComparison.OrdinalIgnoreCase)
            || linkHost.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));

    public static string StripWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    // Letters and digits only, lower case, without a leading "the": «Слово і діло» = слово і діло.
    private static string Fold(string text)
    {
        var letters = new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return letters.StartsWith("the", StringComparison.Ordinal) && text.TrimStart().StartsWith("The ", StringComparison.OrdinalIgnoreCase)
            ? letters[3..]
            : letters;
    }
}
