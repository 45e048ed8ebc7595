using System.Diagnostics;

namespace Articles.Benchmarks;

/// <summary>
/// A plain stopwatch pass over every page (BenchmarkDotNet per page would take hours on the corpus): each operation
/// is warmed up once, then repeated until a time budget or an iteration cap, and its median is kept. Same method as
/// bench/readability/readability-bench.mjs, so the two sides compare. Before any page is timed, every operation runs
/// over every page <paramref name="warmUpRounds"/> times: the first pages would otherwise be timed partly in code the
/// tiered JIT has not optimised yet (attribution on the first corpus pages looked up to twice as slow).
/// </summary>
public sealed class PerPageTimer(double budgetMs, int minIterations, int maxIterations, int warmUpRounds = 0)
{
    public IReadOnlyList<PageTiming> Run(IReadOnlyList<BenchPage> pages, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        WarmUp(pages);
        var results = new List<PageTiming>(pages.Count);
        foreach (var page in pages)
        {
            var hints = ExtractionSteps.Hints(page);
            var context = ExtractionSteps.PrepareAttribution(page, hints);
            var parse = Measure(() => ExtractionSteps.Parse(page).Dispose());
            var extract = Measure(() => ExtractionSteps.Extract(page, hints));
            var attribution = Measure(() => ExtractionSteps.Attribution(context));
            var smart = Measure(() => ExtractionSteps.SmartReaderArticle(page));
            results.Add(new PageTiming(page, parse.Ms, extract.Ms, attribution.Ms, smart.Ms, parse.Bytes, extract.Bytes, smart.Bytes));
            progress?.Invoke(page.Name);
        }

        return results;
    }

    private void WarmUp(IReadOnlyList<BenchPage> pages)
    {
        for (var round = 0; round < warmUpRounds; round++)
        {
            foreach (var page in pages)
            {
                var hints = ExtractionSteps.Hints(page);
                ExtractionSteps.Parse(page).Dispose();
                ExtractionSteps.Extract(page, hints);
                ExtractionSteps.Attribution(ExtractionSteps.PrepareAttribution(page, hints));
                ExtractionSteps.SmartReaderArticle(page);
            }
        }

        if (warmUpRounds > 0)
        {
            // Methods promoted by the last round are compiled in the background after a short delay.
            Thread.Sleep(TimeSpan.FromSeconds(1));
        }
    }

    private (double Ms, long Bytes) Measure(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var samples = new List<double>();
        var spent = 0.0;
        while (samples.Count < minIterations || (spent < budgetMs && samples.Count < maxIterations))
        {
            var start = Stopwatch.GetTimestamp();
            action();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            samples.Add(ms);
            spent += ms;
        }

        return (Median(samples), allocated);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
