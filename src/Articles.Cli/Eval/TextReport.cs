using System.Globalization;

namespace Articles.Cli.Eval;

/// <summary>The human-readable evaluation output: a per-field table per corpus, and optionally the per-page misses.</summary>
internal static class TextReport
{
    public static void WriteTable(TextWriter output, CorpusResult corpus)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"== {corpus.Name}: {corpus.Pages.Count} pages, {corpus.ErrorCount} errors, median {corpus.MedianMilliseconds:0.0} ms/page"));
        output.WriteLine($"{"field",-22} {"n",5} {"acc",7} {"P",6} {"R",6} {"F1",6} {"macF1",6}  tp/fp/fn");
        foreach (var field in corpus.Fields)
        {
            output.WriteLine(field.IsSet
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"{field.Field,-22} {field.Count,5} {"",7} {field.Set.Precision,6:0.000} {field.Set.Recall,6:0.000} {field.Set.F1,6:0.000} {field.MacroF1,6:0.000}  {field.Set.TruePositives}/{field.Set.FalsePositives}/{field.Set.FalseNegatives}")
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"{field.Field,-22} {field.Count,5} {field.Accuracy * 100,6:0.0}% {"",6} {"",6} {"",6} {"",6}  {field.Correct}/{field.Count}"));
        }

        output.WriteLine();
    }

    public static void WriteDetails(TextWriter output, CorpusResult corpus, FieldFilter filter)
    {
        foreach (var page in corpus.Pages)
        {
            var misses = page.Outcomes.Where(o => !o.IsPerfect && filter.Includes(o.Field)).ToList();
            if (misses.Count == 0 && page.Error is null)
            {
                continue;
            }

            output.WriteLine($"-- {corpus.Name}/{page.File}");
            if (page.Error is not null)
            {
                output.WriteLine($"   ERROR {page.Error}");
            }

            foreach (var miss in misses)
            {
                WriteMiss(output, miss);
            }
        }

        output.WriteLine();
    }

    private static void WriteMiss(TextWriter output, FieldOutcome miss)
    {
        var subject = miss.Subject is null ? string.Empty : $" ({miss.Subject})";
        var rule = miss.Rule is null ? string.Empty : $"  [rule: {miss.Rule}]";
        output.WriteLine($"   {miss.Field}{subject}{rule}");
        if (miss.Set is not null)
        {
            foreach (var item in miss.Missing)
            {
                output.WriteLine($"     missing: {item}");
            }

            foreach (var item in miss.Extra)
            {
                output.WriteLine($"     extra:   {item}");
            }

            return;
        }

        output.WriteLine($"     expected: {miss.Expected ?? "null"}");
        output.WriteLine($"     got:      {miss.Got ?? "null"}");
    }
}
