using Articles.Extraction.Body;

namespace Articles.Extraction.Attribution;

/// <summary>What attribution works from: the body and the page facts that steer it.</summary>
/// <param name="Body">The article's own text.</param>
/// <param name="Language">"uk", "ru", "en", … or null when unknown.</param>
/// <param name="Site">The publisher's name, never reported as a cited source.</param>
/// <param name="PageUrl">The page's own URL; links to its host are not citations.</param>
public sealed record AttributionContext(ArticleBody Body, string? Language, string? Site, Uri? PageUrl);
