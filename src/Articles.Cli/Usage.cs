namespace Articles.Cli;

/// <summary>The usage text, and the one way a bad command line ends (exit code 2).</summary>
internal static class Usage
{
    public const int BadUsage = 2;

    public const string Text = """
        usage:
          articles extract PATH... [--url URL] [--now ISO] [--pretty]
              Extract article metadata from HTML files, or folders (recursing into *.html / *.htm, sorted).
              Writes one JSON object per page to stdout: "file" (path relative to the folder argument, or as
              given) followed by the schema of docs/schema.md. A page that cannot be read gives
              {"file": ..., "error": ...}; the run goes on and exits 1 at the end.
              --url URL   where the page came from (one file only): URL date patterns, relative links
              --now ISO   reference time for relative dates and future-date rejection (default: now)
              --pretty    indented JSON (one object after another instead of one a line)

          articles eval CORPUS... [--json] [--details] [--field NAME]... [--page TEXT]... [--now ISO]
              Score the extractor on corpus folders (each with gold.jsonl; a folder without one stands for its
              sub-folders that have one). Prints a per-field table per corpus and the median time per page.
              --json        machine-readable output
              --details     also list per-page misses (expected vs got, missing/extra items, the rule used)
              --field NAME  only these fields in the details (implies --details; repeatable or comma-separated;
                            "published" covers published.day and published.minute). Fields: headline,
                            published.day, published.minute, modified.day, modified.minute, language, site,
                            canonical, authors, sources, officials, officials.role, officials.affiliation,
                            quotes, quotes.text (quotes ignoring the speaker), quotes.direct
              --page TEXT   only pages whose gold "file" contains TEXT (repeatable)
              --now ISO     reference time passed to the extractor

          articles --help | --version

        exit codes: 0 ok; 1 some page or corpus failed; 2 bad usage
        """;

    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"articles: {message}");
        stderr.WriteLine(Text);
        return BadUsage;
    }
}
