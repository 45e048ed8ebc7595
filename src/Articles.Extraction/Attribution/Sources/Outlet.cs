namespace Articles.Extraction.Attribution.Sources;

/// <summary>A known outlet, agency or platform from the gazetteer.</summary>
/// <param name="Canonical">The name reported when the article's language has no name of its own.</param>
/// <param name="NamesByLanguage">Canonical names per article language ("uk", "ru", "en") that differ.</param>
/// <param name="Domains">Web domains; a link to one of them (or a subdomain) names this outlet.</param>
/// <param name="IsPlatform">A social network or messenger, cited as "у Facebook" / "on Twitter".</param>
internal sealed record Outlet(
    string Canonical,
    IReadOnlyDictionary<string, string> NamesByLanguage,
    IReadOnlyList<string> Domains,
    bool IsPlatform)
{
    public string NameFor(string? language) =>
        language is not null && NamesByLanguage.TryGetValue(language, out var name) ? name : Canonical;

    public bool OwnsHost(string host) =>
        Domains.Any(d => host.Equals(d, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
}
