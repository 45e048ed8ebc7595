namespace Articles.Cli.Eval;

/// <summary>One page of an evaluation: its outcomes, or the reason it could not be read or extracted.</summary>
internal sealed record PageResult(string File, IReadOnlyList<FieldOutcome> Outcomes, string? Error, double Milliseconds);

/// <summary>A corpus's scores: per-field tallies, per-page results and the median extraction time.</summary>
internal sealed record CorpusResult(string Name, string Path, IReadOnlyList<PageResult> Pages, IReadOnlyList<FieldTally> Fields)
{
    public int ErrorCount => Pages.Count(p => p.Error is not null);

    /// <summary>Median time of <c>ArticleExtractor.Extract</c> per page (bytes in memory, after a warm-up), in ms.</summary>
    public double MedianMilliseconds
    {
        get
        {
            var times = Pages.Where(p => p.Error is null).Select(p => p.Milliseconds).Order().ToList();
            if (times.Count == 0)
            {
                return 0;
            }

            var mid = times.Count / 2;
            return times.Count % 2 == 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
        }
    }
}
