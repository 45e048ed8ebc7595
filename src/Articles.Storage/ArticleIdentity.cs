using System.Security.Cryptography;
using System.Text;
using Articles.Storage.Keys;

namespace Articles.Storage;

/// <summary>
/// The deterministic article id: 26 lower-case base32 characters (130 bits of SHA-256), URL-safe. It comes from
/// the canonical URL when there is one (so re-posting a page finds the same article), else from the bytes.
/// </summary>
public static class ArticleIdentity
{
    public const int Length = 26;

    public static string Derive(string? url, ReadOnlySpan<byte> html)
    {
        var canonical = CanonicalUrl(url);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (canonical is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("url\n" + canonical));
        }
        else
        {
            hash.AppendData("html\n"u8);
            hash.AppendData(html);
        }

        return Base32.Encode(hash.GetHashAndReset(), Length);
    }

    public static bool IsValid(string? id) => id is not null && Base32.IsEncoded(id, Length);

    /// <summary>
    /// The URL form ids are made from: absolute http(s) only; scheme and host lower-case (IDN as punycode), default
    /// port dropped, fragment dropped, <c>utm_*</c> parameters dropped, a trailing '/' on the path dropped.
    /// Null when the text is not an absolute http(s) URL.
    /// </summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.IdnHost.Length == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        builder.Append(uri.Scheme.ToLowerInvariant()).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        var path = uri.AbsolutePath;
        builder.Append(path.Length > 1 ? path.TrimEnd('/') : "");
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(IsKept));
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return builder.ToString();
    }

    private static bool IsKept(string parameter) => !parameter.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);
}
