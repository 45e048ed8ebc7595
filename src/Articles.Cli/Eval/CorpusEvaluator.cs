using System.Diagnostics;
using Articles.Extraction;
using Articles.Extraction.Model;

namespace Articles.Cli.Eval;

/// <summary>Runs the extractor over every page of a corpus folder and scores it against gold.jsonl.</summary>
internal static class CorpusEvaluator
{
    /// <param name="pageFilter">When not empty, only gold lines whose file contains one of these strings.</param>
    /// <exception cref="InvalidDataException">The folder has no readable gold.jsonl.</exception>
    public static CorpusResult Evaluate(string folder, DateTimeOffset? referenceTime = null, IReadOnlyList<string>? pageFilter = null)
    {
        var goldPath = Path.Combine(folder, GoldReader.FileName);
        if (!File.Exists(goldPath))
        {
            throw new InvalidDataException($"{folder}: no {GoldReader.FileName}");
        }

        var golds = GoldReader.Read(goldPath)
            .Where(gold => pageFilter is not { Count: > 0 } || pageFilter.Any(f => gold.File.Contains(f, StringComparison.Ordinal)))
            .ToList();

        // One untimed run first, so JIT and static set-up are not counted as the first page's time.
        if (golds.Count > 0)
        {
            EvaluatePage(folder, golds[0], referenceTime);
        }

        var pages = golds.Select(gold => EvaluatePage(folder, gold, referenceTime)).ToList();
        var tallies = new Dictionary<string, FieldTally>(StringComparer.Ordinal);
        foreach (var outcome in pages.SelectMany(p => p.Outcomes))
        {
            if (!tallies.TryGetValue(outcome.Field, out var tally))
            {
                tallies[outcome.Field] = tally = new FieldTally(outcome.Field);
            }

            tally.Add(outcome);
        }

        var fields = tallies.Values.OrderBy(t => FieldTally.Rank(t.Field)).ThenBy(t => t.Field, StringComparer.Ordinal).ToList();
        var name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder)));
        return new CorpusResult(name, folder, pages, fields);
    }

    private static PageResult EvaluatePage(string folder, GoldRecord gold, DateTimeOffset? referenceTime)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(System.IO.Path.Combine(folder, gold.File));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new PageResult(gold.File, PageScorer.Score(gold, null), "unreadable: " + e.Message, 0);
        }

        var hints = new ExtractionHints(
            SourceUrl: Uri.TryCreate(gold.Url, UriKind.Absolute, out var url) ? url : null,
            ReferenceTime: referenceTime);
        ArticleMetadata? metadata = null;
        string? error = null;
        var clock = Stopwatch.StartNew();
        try
        {
            metadata = ArticleExtractor.Extract(bytes, hints);
        }
        catch (Exception e)
        {
            // The extractor must never throw; when it does, the page is reported and scored as empty.
            error = $"extractor threw {e.GetType().Name}: {e.Message}";
        }

        clock.Stop();
        return new PageResult(gold.File, PageScorer.Score(gold, metadata), error, clock.Elapsed.TotalMilliseconds);
    }
}
