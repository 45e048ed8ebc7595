namespace Articles.Cli;

/// <summary>Positional arguments and options of one verb, after <see cref="ArgumentParser"/> has checked them.</summary>
internal sealed class ParsedArguments
{
    public List<string> Positionals { get; } = [];

    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Values { get; } = new(StringComparer.Ordinal);

    public bool Has(string flag) => Flags.Contains(flag);

    public string? Value(string option) => Values.TryGetValue(option, out var list) ? list[^1] : null;

    public IReadOnlyList<string> All(string option) => Values.TryGetValue(option, out var list) ? list : [];
}
