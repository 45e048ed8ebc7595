using System.Text.Json.Serialization;

namespace Articles.Extraction.Model;

/// <summary>
/// The public article schema shared by the HTTP API and the CLI (docs/schema.md).
/// Every key is always serialised: null or [] when unknown.
/// </summary>
public sealed record ArticleMetadata
{
    public string? Id { get; init; }
    public string? Url { get; init; }
    public string? Headline { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public string? Site { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>ISO 8601: with offset when the page states one, local wall time otherwise, date only when no time.</summary>
    public string? Published { get; init; }

    /// <summary>The text the published date was read from, as the page wrote it.</summary>
    public string? PublishedRaw { get; init; }

    public string? Modified { get; init; }
    public string? Image { get; init; }
    public IReadOnlyList<SourceCitation> Sources { get; init; } = [];
    public IReadOnlyList<Official> Officials { get; init; } = [];

    /// <summary>Field name → the rule that answered it.</summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();

    public string ExtractorVersion { get; init; } = ArticleExtractor.Version;

    /// <summary>The article's own text, paragraphs separated by blank lines. Not part of the public JSON.</summary>
    [JsonIgnore]
    public string? BodyText { get; init; }
}
