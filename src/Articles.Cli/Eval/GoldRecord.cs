namespace Articles.Cli.Eval;

/// <summary>One line of a corpus's gold.jsonl. A null field means the page gives no answer and is not scored.</summary>
internal sealed record GoldRecord
{
    public required string File { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? Headline { get; init; }
    public string? Published { get; init; }
    public string? Modified { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }
    public string? Site { get; init; }
    public string? Canonical { get; init; }
    public IReadOnlyList<GoldName>? Sources { get; init; }
    public IReadOnlyList<GoldOfficial>? Officials { get; init; }
    public IReadOnlyList<GoldQuote>? Quotes { get; init; }
}

/// <summary>A gold entity: its name and the aliases that also count as correct.</summary>
internal sealed record GoldName(string Name, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);
}

internal sealed record GoldOfficial(GoldName Name, string? Role, string? Affiliation, bool? Quoted);

internal sealed record GoldQuote(string Speaker, bool? Named, bool? Direct, string Text);
