namespace Articles.Benchmarks;

/// <summary>
/// The fixed page set: samples/uk-news.html, bench/pages/*.html, and every page of the dev corpus when it exists
/// (read in place from ../shared/corpus, never copied into the repository).
/// </summary>
public static class BenchPages
{
    /// <summary>Set by Program so BenchmarkDotNet's child processes find the same files.</summary>
    public const string RootVariable = "ARTICLES_BENCH_ROOT";

    public const string CorpusVariable = "ARTICLES_BENCH_CORPUS";

    private static readonly Lazy<IReadOnlyList<BenchPage>> All = new(Load);

    public static IReadOnlyList<BenchPage> Pages => All.Value;

    public static IReadOnlyList<BenchPage> Own => [.. Pages.Where(p => p.Name.StartsWith("own/", StringComparison.Ordinal))];

    public static IReadOnlyList<BenchPage> Corpus => [.. Pages.Where(p => p.Name.StartsWith("corpus/", StringComparison.Ordinal))];

    /// <summary>The repository root: the variable when set, else the first parent holding Functions.sln.</summary>
    public static string RepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } set)
        {
            return set;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find the repository root; set {RootVariable}.");
    }

    /// <summary>The corpus folder: the variable when set, else ../shared/corpus beside the repository (may not exist).</summary>
    public static string CorpusRoot(string root) =>
        Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } set
            ? set
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));

    private static List<BenchPage> Load()
    {
        var root = RepositoryRoot();
        var pages = new List<BenchPage>
        {
            Read("own/uk-news.html", Path.Combine(root, "samples", "uk-news.html")),
        };
        pages.AddRange(HtmlFiles(Path.Combine(root, "bench", "pages"), "own/"));
        pages.AddRange(HtmlFiles(CorpusRoot(root), "corpus/"));
        return pages;
    }

    private static IEnumerable<BenchPage> HtmlFiles(string folder, string prefix)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => Read(prefix + Path.GetRelativePath(folder, f).Replace('\\', '/'), f));
    }

    private static BenchPage Read(string name, string path) => new(name, Path.GetFullPath(path), File.ReadAllBytes(path));
}
