namespace Articles.Extraction.Page;

/// <summary>Turns a link found on the page into an absolute http(s) URL, resolving it against the source URL.</summary>
public static class PageUrl
{
    public static string? Absolute(string? link, Uri? baseUrl)
    {
        var value = CleanText.Fold(link);
        if (value is null || value.Length > 2048)
        {
            return null;
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            value = (baseUrl?.Scheme ?? "https") + ":" + value;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        if (value.Contains(':', StringComparison.Ordinal) && !value.StartsWith('/') && Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            return null; // another scheme (data:, javascript:)
        }

        return baseUrl is { IsAbsoluteUri: true } && Uri.TryCreate(baseUrl, value, out var resolved)
            && resolved.Scheme is "http" or "https"
            ? resolved.AbsoluteUri
            : null;
    }
}
