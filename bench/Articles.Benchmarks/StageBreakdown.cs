using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Articles.Extraction.Attribution;
using Articles.Extraction.Body;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Authors;
using Articles.Extraction.Fields.Dates;
using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Fields.Language;
using Articles.Extraction.Fields.Links;
using Articles.Extraction.Fields.Site;
using Articles.Extraction.Fields.Summary;
using Articles.Extraction.Page;
using Articles.Extraction.Attribution.People;
using Articles.Extraction.Text;

namespace Articles.Benchmarks;

/// <summary>
/// A stopwatch profile of one extraction split into its stages, in the order ArticleExtractor runs them (so memoised
/// page facts are charged to the first stage that needs them). Summed over every page and several rounds.
/// </summary>
public static class StageBreakdown
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    public static string Run(IReadOnlyList<BenchPage> pages, int rounds)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        var cpu = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>();

        void Time(string stage, Action action)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = ThreadCpuClock.Nanoseconds();
            var start = Stopwatch.GetTimestamp();
            action();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[stage] = cpu.GetValueOrDefault(stage) + ThreadCpuClock.Nanoseconds() - cpuStart;
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            allocated[stage] = allocated.GetValueOrDefault(stage) + bytes;
            if (!totals.TryAdd(stage, ms))
            {
                totals[stage] += ms;
            }
            else
            {
                order.Add(stage);
            }
        }

        var gen0Before = 0;
        var gen1Before = 0;
        var pausedBefore = TimeSpan.Zero;
        for (var round = 0; round <= rounds; round++)
        {
            if (round == 1)
            {
                gen0Before = GC.CollectionCount(0);
                pausedBefore = GC.GetTotalPauseDuration();
                gen1Before = GC.CollectionCount(1);
            }

            if (round == 0)
            {
                // Warm-up, not counted: static tables, and enough calls (then a pause) for the tiered JIT to
                // replace first-tier code, which would otherwise be timed in the first rounds.
                for (var warm = 0; warm < Math.Max(3, 100 / Math.Max(1, pages.Count)); warm++)
                {
                    foreach (var page in pages)
                    {
                        OnePage(page, static (_, action) => action());
                    }
                }

                Thread.Sleep(TimeSpan.FromSeconds(1));
                continue;
            }

            foreach (var page in pages)
            {
                OnePage(page, Time);
            }
        }

        var gen0 = GC.CollectionCount(0) - gen0Before;
        var gen1 = GC.CollectionCount(1) - gen1Before;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var counted = totals.Keys.Where(k => !k.StartsWith("  (part)", StringComparison.Ordinal)).ToList();
        var all = counted.Sum(k => totals[k]);
        var allBytes = counted.Sum(k => allocated[k]);
        var allCpu = counted.Sum(k => cpu[k]);
        var runs = pages.Count * rounds;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Stage breakdown over {pages.Count} pages x {rounds} rounds (per page: wall ms, share; thread CPU ms, share; allocated KB, share):");
        foreach (var stage in order)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"  {stage,-28} {totals[stage] / runs,8:0.000} ms {totals[stage] / all * 100,5:0.0} %  {cpu[stage] / 1e6 / runs,8:0.000} ms {cpu[stage] * 100.0 / Math.Max(1, allCpu),5:0.0} %  {allocated[stage] / 1024.0 / runs,8:0.0} KB {allocated[stage] * 100.0 / allBytes,5:0.0} %");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"  {"total",-28} {all / runs,8:0.000} ms          {allCpu / 1e6 / runs,8:0.000} ms          {allBytes / 1024.0 / runs,8:0.0} KB");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"  garbage collections: {gen0} gen0 ({gen1} of them gen1 or 2) over {runs} pages, one per {runs / Math.Max(1.0, gen0):0.0} pages, paused {paused.TotalMilliseconds / runs:0.000} ms per page");
        var attribution = counted.Where(k => k.StartsWith("attribution", StringComparison.Ordinal)).Sum(k => cpu[k]);
        if (allCpu > attribution && attribution > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"  attribution adds {attribution * 100.0 / (allCpu - attribution):0.0} % to the rest of the extraction (thread CPU time)");
        }
        return sb.ToString();
    }

    private static void OnePage(BenchPage page, Action<string, Action> time)
    {
        var hints = ExtractionSteps.Hints(page);
        DecodedHtml decoded = null!;
        AngleSharp.Html.Dom.IHtmlDocument document = null!;
        time("decode", () => decoded = HtmlDecoder.Decode(page.Bytes, hints.ContentType));
        time("parse", () => document = new HtmlParser(ParserOptions).ParseDocument(decoded.Text));
        var context = new PageContext(document, hints, decoded);
        string? language = null, site = null, canonical = null;
        time("language", () => language = Run(LanguageRules.Cascade, context));
        time("site", () => site = Run(SiteRules.Cascade, context));
        time("canonical", () => canonical = Run(CanonicalRules.Cascade, context));
        time("published", () => PublishedRules.Cascade.Run(context));
        ArticleBody body = null!;
        time("body", () => body = ArticleBodyExtractor.Extract(context));
        time("headline", () => HeadlineRules.Cascade.Run(context));
        time("description", () => DescriptionRules.Cascade.Run(context));
        time("section", () => SectionRules.Cascade.Run(context));
        time("tags", () => TagRules.Cascade.Run(context));
        time("authors", () => AuthorRules.Cascade.Run(context));
        time("modified", () => ModifiedRules.Cascade.Run(context));
        time("image", () => ImageRules.Cascade.Run(context));
        var url = Uri.TryCreate(canonical, UriKind.Absolute, out var u) ? u : hints.SourceUrl;
        var attribution = new AttributionContext(body, language, site, url);
        time("attribution: sources", () => SourceFinder.Find(attribution));
        time("attribution: officials", () => OfficialFinder.Find(attribution));
        // Parts of the two attribution stages, timed again on their own (not part of the total).
        IReadOnlyList<Articles.Extraction.Text.Sentence> sentences = [];
        time("  (part) split sentences", () => sentences = SentenceSplitter.Split(body));
        time("  (part) people index", () => PeopleIndex.Build([.. sentences.Select(x => x.Text)], language ?? "en"));
        document.Dispose();
    }

    private static string? Run(FieldCascade<string> cascade, PageContext context) => cascade.Run(context)?.Value;
}
