using System.Globalization;
using Articles.Benchmarks;
using BenchmarkDotNet.Running;

// Modes:
//   --list FILE                     write "name TAB path TAB url" per page, for the Node side
//   --per-page [--readability F] [--tsv F] [--budget-ms N]   stopwatch pass over every page, side-by-side table
//   --breakdown [--rounds N]        stopwatch profile of the extraction's stages over every page
//   --smoke                         one quick per-page pass over the own pages (CI)
//   anything else                   BenchmarkDotNet (e.g. --filter '*' --job short)
Environment.SetEnvironmentVariable(BenchPages.RootVariable, BenchPages.RepositoryRoot());
var corpus = BenchPages.CorpusRoot(BenchPages.RepositoryRoot());
Environment.SetEnvironmentVariable(BenchPages.CorpusVariable, corpus);

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

if (Option("--list") is { } listPath)
{
    await File.WriteAllLinesAsync(listPath, BenchPages.Pages.Select(p => $"{p.Name}\t{p.Path}\t{p.Url.AbsoluteUri}"));
    Console.WriteLine($"{BenchPages.Pages.Count} pages listed in {listPath} (corpus: {corpus}, {BenchPages.Corpus.Count} pages)");
    return 0;
}

if (args.Contains("--breakdown"))
{
    var rounds = int.Parse(Option("--rounds") ?? "3", CultureInfo.InvariantCulture);
    Console.WriteLine(StageBreakdown.Run(BenchPages.Pages, rounds));
    return 0;
}

if (args.Contains("--per-page") || args.Contains("--smoke"))
{
    var smoke = args.Contains("--smoke");
    var budget = double.Parse(Option("--budget-ms") ?? "150", CultureInfo.InvariantCulture);
    var warmUp = int.Parse(Option("--warm-up-rounds") ?? "2", CultureInfo.InvariantCulture);
    var timer = smoke ? new PerPageTimer(0, 1, 1) : new PerPageTimer(budget, 3, 15, warmUp);
    var pages = smoke ? BenchPages.Own : BenchPages.Pages;
    Console.Error.WriteLine($"Timing {pages.Count} pages (corpus: {corpus}, {BenchPages.Corpus.Count} pages)…");
    var done = 0;
    var timings = timer.Run(pages, _ =>
    {
        if (++done % 25 == 0)
        {
            Console.Error.WriteLine($"  {done}/{pages.Count}");
        }
    });

    if (Option("--readability") is { } nodePath)
    {
        var node = ReadabilityResults.Read(nodePath);
        timings = [.. timings.Select(t => node.TryGetValue(t.Page.Name, out var ms) ? t with { ReadabilityMs = ms } : t)];
    }

    if (Option("--tsv") is { } tsvPath)
    {
        SideBySideReport.WriteTsv(tsvPath, timings);
    }

    Console.WriteLine(SideBySideReport.Table(timings));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
