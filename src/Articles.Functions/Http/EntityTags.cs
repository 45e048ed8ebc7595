using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Articles.Functions.Http;

/// <summary>The article's storage ETag as an HTTP entity tag, and If-None-Match against it.</summary>
public static class EntityTags
{
    public static string Format(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return etag.StartsWith('"') || etag.StartsWith("W/\"", StringComparison.Ordinal)
            ? etag
            : "\"" + etag.Replace("\"", "", StringComparison.Ordinal) + "\"";
    }

    /// <summary>True when the client's If-None-Match names this version (or is '*'): answer 304.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(Format(etag));
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
