using AngleSharp.Dom;
using Articles.Extraction;
using Articles.Extraction.Attribution;
using BenchmarkDotNet.Attributes;

namespace Articles.Benchmarks;

/// <summary>
/// BenchmarkDotNet view: one operation = one pass over a page set (a single own page, or the whole corpus), so the
/// corpus rows divided by their page count give the mean cost per page; the ratio column is against the bare parse.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExtractionBenchmarks
{
    private BenchPage[] pages = [];
    private ExtractionHints[] hints = [];
    private AttributionContext[] contexts = [];

    [ParamsSource(nameof(PageSets))]
    public string PageSet { get; set; } = "";

    public static IEnumerable<string> PageSets()
    {
        foreach (var page in BenchPages.Own)
        {
            yield return page.Name;
        }

        if (BenchPages.Corpus.Count > 0)
        {
            yield return $"corpus ({BenchPages.Corpus.Count} pages)";
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        pages = PageSet.StartsWith("corpus", StringComparison.Ordinal)
            ? [.. BenchPages.Corpus]
            : [.. BenchPages.Own.Where(p => p.Name == PageSet)];
        hints = [.. pages.Select(ExtractionSteps.Hints)];
        contexts = [.. pages.Select((p, i) => ExtractionSteps.PrepareAttribution(p, hints[i]))];
    }

    [Benchmark(Baseline = true, Description = "a: parse (decode + AngleSharp)")]
    public int Parse()
    {
        var n = 0;
        foreach (var page in pages)
        {
            using IDocument document = ExtractionSteps.Parse(page);
            n += document.All.Length;
        }

        return n;
    }

    [Benchmark(Description = "b: full extraction")]
    public int Extract()
    {
        var n = 0;
        for (var i = 0; i < pages.Length; i++)
        {
            n += ExtractionSteps.Extract(pages[i], hints[i]).Officials.Count;
        }

        return n;
    }

    [Benchmark(Description = "c: attribution only")]
    public int Attribution()
    {
        var n = 0;
        foreach (var context in contexts)
        {
            n += ExtractionSteps.Attribution(context);
        }

        return n;
    }

    [Benchmark(Description = "d: SmartReader")]
    public int SmartReader()
    {
        var n = 0;
        foreach (var page in pages)
        {
            n += ExtractionSteps.SmartReaderArticle(page).Length;
        }

        return n;
    }
}
