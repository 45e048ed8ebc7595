namespace Articles.Cli.Eval;

/// <summary>
/// Turns an <c>eval</c> argument into corpus folders: a folder with gold.jsonl is one corpus; a folder without one
/// stands for its sub-folders that have one (so <c>articles eval ../shared/corpus</c> runs them all).
/// </summary>
internal static class CorpusLocator
{
    public static IReadOnlyList<string> Expand(string argument, out string? error)
    {
        error = null;
        if (!Directory.Exists(argument))
        {
            error = $"{argument}: not a folder";
            return [];
        }

        if (File.Exists(Path.Combine(argument, GoldReader.FileName)))
        {
            return [argument];
        }

        var children = Directory.EnumerateDirectories(argument)
            .Where(d => File.Exists(Path.Combine(d, GoldReader.FileName)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (children.Count == 0)
        {
            error = $"{argument}: no {GoldReader.FileName} in it or in its sub-folders";
        }

        return children;
    }
}
