namespace Articles.LoadTest;

/// <summary>
/// Endless distinct articles from a few templates: each copy gets its own canonical URL (the storage key), made by
/// suffixing every occurrence of the template's canonical URL with a counter.
/// </summary>
public sealed class DistinctPages
{
    private const string CanonicalMarker = "rel=\"canonical\" href=\"";
    private readonly (string Html, string Canonical)[] templates;
    private readonly string runTag = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="folders">Comma-separated folders whose *.html pages serve as templates.</param>
    public DistinctPages(string folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        templates = [.. folders.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.html"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(html => (Html: html, Canonical: CanonicalOf(html)))
            .Where(t => t.Canonical is not null)
            .Select(t => (t.Html, t.Canonical!))];
        if (templates.Length == 0)
        {
            throw new InvalidOperationException($"No page with a canonical link in {folders}.");
        }
    }

    public int Templates => templates.Length;

    public string Page(int n)
    {
        var (html, canonical) = templates[n % templates.Length];
        return html.Replace(canonical, Canonical(n), StringComparison.Ordinal);
    }

    /// <summary>The canonical URL of copy <paramref name="n"/> (its storage key).</summary>
    public string Canonical(int n) => $"{templates[n % templates.Length].Canonical}-load-{runTag}-{n}";

    private static string? CanonicalOf(string html)
    {
        var start = html.IndexOf(CanonicalMarker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += CanonicalMarker.Length;
        var end = html.IndexOf('"', start);
        return end > start ? html[start..end] : null;
    }
}
