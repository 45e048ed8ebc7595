namespace Articles.Cli.Eval;

/// <summary>
/// Canonical URLs are equal when scheme and host match case-insensitively (default port ignored) and path and query
/// match exactly, ignoring a trailing slash on the path and any fragment.
/// </summary>
internal static class UrlComparer
{
    public static bool Same(string? gold, string? got)
    {
        if (gold is null || got is null)
        {
            return gold == got;
        }

        if (!Uri.TryCreate(gold.Trim(), UriKind.Absolute, out var a) || !Uri.TryCreate(got.Trim(), UriKind.Absolute, out var b))
        {
            return string.Equals(gold.Trim(), got.Trim(), StringComparison.Ordinal);
        }

        return string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port
            && a.AbsolutePath.TrimEnd('/') == b.AbsolutePath.TrimEnd('/')
            && a.Query == b.Query;
    }
}
