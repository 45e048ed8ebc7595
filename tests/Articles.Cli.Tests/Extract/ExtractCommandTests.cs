using System.Text.Json;

namespace Articles.Cli.Tests.Extract;

public class ExtractCommandTests
{
    private const string Page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget</title></head>
        <body><article><h1>Council approves budget</h1><p>The city council approved the budget on Monday.</p></article></body></html>
        """;

    private static readonly string[] SchemaKeys =
    [
        "id", "url", "headline", "description", "language", "site", "section", "tags", "authors", "published",
        "publishedRaw", "modified", "image", "sources", "officials", "provenance", "extractorVersion",
    ];

    [Fact]
    public void A_folder_gives_one_line_per_html_page_sorted_with_relative_names()
    {
        using var folder = new TempFolder();
        folder.Write("b.html", Page);
        folder.Write("a/z.htm", Page);
        folder.Write("a/notes.txt", "not a page");
        folder.Write("C.HTML", Page);

        var run = Run.Of("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var files = run.Lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()).ToList();
        Assert.Equal(["C.HTML", "a/z.htm", "b.html"], files);
    }

    [Fact]
    public void Each_line_starts_with_file_then_every_schema_key()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", Page);

        var run = Run.Of("extract", path);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Lines);
        Assert.StartsWith($"{{\"file\":{JsonSerializer.Serialize(path)},", line, StringComparison.Ordinal);
        var keys = JsonDocument.Parse(line).RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(SchemaKeys.Prepend("file"), keys);
    }

    [Fact]
    public void Pretty_output_is_indented_json()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", Page);

        var run = Run.Of("extract", "--pretty", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\n  \"file\": ", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("page.html", Path.GetFileName(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("file").GetString()));
    }

    [Fact]
    public void A_missing_page_gives_an_error_line_the_run_goes_on_and_exits_1()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.html", Page);
        var missing = Path.Combine(folder.Path, "missing.html");

        var run = Run.Of("extract", missing, good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Lines.Length);
        var error = JsonDocument.Parse(run.Lines[0]).RootElement;
        Assert.Equal(missing, error.GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
        Assert.Equal(["file", "error"], error.EnumerateObject().Select(p => p.Name));
        Assert.True(JsonDocument.Parse(run.Lines[1]).RootElement.TryGetProperty("headline", out _));
    }

    [Fact]
    public void Binary_garbage_still_gives_a_schema_object()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "garbage.html");
        File.WriteAllBytes(path, [0xFF, 0xFE, 0x00, 0xD8, 0x3C, 0x00, 0x80, 0x81]);

        var run = Run.Of("extract", path);

        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonDocument.Parse(Assert.Single(run.Lines)).RootElement.TryGetProperty("headline", out _));
    }

    [Fact]
    public void Url_and_now_hints_are_accepted_for_one_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", Page);

        var run = Run.Of("extract", path, "--url", "https://example.com/2024/05/02/budget", "--now=2024-05-03T00:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Lines);
    }

    [Fact]
    public void Url_with_a_folder_is_bad_usage()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", Page);
        Assert.Equal(2, Run.Of("extract", folder.Path, "--url", "https://example.com/a").ExitCode);
    }
}
