namespace Articles.Extraction.Model;

/// <summary>A person with a public role named in the body, or an anonymous speaker who is quoted.</summary>
public sealed record Official
{
    /// <summary>Nominative form as a native writer would cite it; for anonymous speakers the phrase.</summary>
    public required string Name { get; init; }
    public string? Role { get; init; }
    public string? Affiliation { get; init; }
    public bool Named { get; init; } = true;
    public int Mentions { get; init; }
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
}
