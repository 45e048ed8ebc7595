namespace Articles.Cli.Eval;

/// <summary><c>articles eval CORPUS... [--json] [--details] [--field F]... [--page TEXT]... [--now ISO]</c>.</summary>
internal static class EvalCommand
{
    private static readonly ArgumentParser Parser = new(
        new HashSet<string>(StringComparer.Ordinal) { "--json", "--details" },
        new HashSet<string>(StringComparer.Ordinal) { "--field", "--now", "--page" });

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Parser.Parse(args, out var error);
        DateTimeOffset? now = null;
        if (error is null && parsed.Positionals.Count == 0)
        {
            error = "eval needs at least one corpus folder";
        }

        if (error is null && parsed.Value("--now") is { } nowText)
        {
            now = ReferenceTime.Parse(nowText, out error);
        }

        var filter = new FieldFilter(parsed.All("--field"));
        if (error is null && filter.Unknown().FirstOrDefault() is { } unknownField)
        {
            error = $"unknown field {unknownField} (fields: {string.Join(", ", FieldTally.Order)})";
        }

        if (error is not null)
        {
            return Usage.Fail(stderr, error);
        }

        var showDetails = parsed.Has("--details") || parsed.All("--field").Count > 0;
        var failed = false;
        var results = new List<CorpusResult>();
        foreach (var folder in parsed.Positionals.SelectMany(p => Expand(p, stderr, ref failed)))
        {
            try
            {
                var result = CorpusEvaluator.Evaluate(folder, now, parsed.All("--page"));
                if (result.Pages.Count == 0 && parsed.All("--page").Count > 0)
                {
                    continue; // --page picked nothing here
                }

                results.Add(result);
                failed |= result.ErrorCount > 0;
                if (!parsed.Has("--json"))
                {
                    if (showDetails)
                    {
                        TextReport.WriteDetails(stdout, result, filter);
                    }

                    TextReport.WriteTable(stdout, result);
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"articles eval: {e.Message}");
                failed = true;
            }
        }

        if (parsed.Has("--json"))
        {
            JsonReport.Write(stdout, results, showDetails ? filter : null);
        }

        foreach (var page in results.SelectMany(r => r.Pages.Where(p => p.Error is not null).Select(p => $"{r.Name}/{p.File}: {p.Error}")))
        {
            stderr.WriteLine($"articles eval: {page}");
        }

        return failed ? 1 : 0;
    }

    private static IReadOnlyList<string> Expand(string argument, TextWriter stderr, ref bool failed)
    {
        var folders = CorpusLocator.Expand(argument, out var error);
        if (error is not null)
        {
            stderr.WriteLine($"articles eval: {error}");
            failed = true;
        }

        return folders;
    }
}
