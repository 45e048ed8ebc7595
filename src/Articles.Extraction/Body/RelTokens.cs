using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>Reads rel="…" as the case-insensitive token list it is ("Author", "nofollow author").</summary>
internal static class RelTokens
{
    public static bool Has(IElement element, string token) =>
        element.GetAttribute("rel") is { } rel
        && rel.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Contains(token, StringComparer.OrdinalIgnoreCase);
}
