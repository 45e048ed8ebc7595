using Articles.Extraction;
using Articles.Extraction.Model;

namespace Articles.Cli.Extract;

/// <summary><c>articles extract PATH... [--url URL] [--now ISO] [--pretty]</c>: one JSON object per page on stdout.</summary>
internal static class ExtractCommand
{
    private static readonly ArgumentParser Parser = new(
        new HashSet<string>(StringComparer.Ordinal) { "--pretty" },
        new HashSet<string>(StringComparer.Ordinal) { "--url", "--now" });

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Parser.Parse(args, out var error);
        var hints = error is null ? ReadHints(parsed, out error) : null;
        if (error is not null || hints is null)
        {
            return Usage.Fail(stderr, error ?? "bad arguments");
        }

        var pretty = parsed.Has("--pretty");
        var failures = 0;
        foreach (var page in PageFiles.Expand(parsed.Positionals))
        {
            var problem = ExtractOne(page, hints, out var metadata);
            stdout.WriteLine(problem is null
                ? PageJsonWriter.Article(page.Name, metadata!, pretty)
                : PageJsonWriter.Error(page.Name, problem, pretty));
            if (problem is not null)
            {
                failures++;
                stderr.WriteLine($"articles extract: {page.Name}: {problem}");
            }
        }

        return failures > 0 ? 1 : 0;
    }

    private static ExtractionHints? ReadHints(ParsedArguments parsed, out string? error)
    {
        error = null;
        if (parsed.Positionals.Count == 0)
        {
            error = "extract needs at least one file or folder";
            return null;
        }

        Uri? url = null;
        if (parsed.Value("--url") is { } urlText)
        {
            if (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
            {
                error = $"--url: not an absolute http(s) URL: {urlText}";
                return null;
            }

            if (parsed.Positionals.Count != 1 || !File.Exists(parsed.Positionals[0]))
            {
                error = "--url applies to a single file";
                return null;
            }
        }

        DateTimeOffset? now = null;
        if (parsed.Value("--now") is { } nowText)
        {
            now = ReferenceTime.Parse(nowText, out error);
            if (error is not null)
            {
                return null;
            }
        }

        return new ExtractionHints(SourceUrl: url, ReferenceTime: now);
    }

    /// <returns>Null on success, otherwise why the page gave no metadata.</returns>
    private static string? ExtractOne(PageFile page, ExtractionHints hints, out ArticleMetadata? metadata)
    {
        metadata = null;
        if (page.FullPath is null)
        {
            return "no such file or folder";
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(page.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read: {e.Message}";
        }

        try
        {
            metadata = ArticleExtractor.Extract(bytes, hints);
            return null;
        }
        catch (Exception e)
        {
            // The extractor promises never to throw; if it does, this page is reported and the run goes on.
            return $"extraction failed: {e.GetType().Name}: {e.Message}";
        }
    }
}
