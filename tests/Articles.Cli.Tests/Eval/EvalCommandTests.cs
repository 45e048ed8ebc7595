using System.Text.Json;

namespace Articles.Cli.Tests.Eval;

public class EvalCommandTests
{
    private const string Page = """
        <!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Новина дня</title></head>
        <body><article><h1>Новина дня</h1><p>Текст новини.</p></article></body></html>
        """;

    private static TempFolder Corpus(string gold)
    {
        var folder = new TempFolder();
        folder.Write("pages/one.html", Page);
        folder.Write("pages/two.html", Page);
        folder.Write("gold.jsonl", gold);
        return folder;
    }

    private const string TwoPages = """
        {"file": "pages/one.html", "lang": "uk", "headline": "Новина дня", "published": "2024-01-02T10:00:00+02:00", "authors": null, "sources": []}
        {"file": "pages/two.html", "lang": "uk", "headline": "Новина дня", "published": "2024-01-02", "authors": ["Олена Гребенюк"]}
        """;

    [Fact]
    public void Prints_a_table_with_the_number_of_scored_items_per_field()
    {
        using var corpus = Corpus(TwoPages);
        var run = Run.Of("eval", corpus.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 pages, 0 errors", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^headline\s+2\s", run.Stdout);
        Assert.Matches(@"(?m)^published\.day\s+2\s", run.Stdout);
        Assert.Matches(@"(?m)^published\.minute\s+1\s", run.Stdout);
        Assert.Matches(@"(?m)^authors\s+1\s", run.Stdout);
        Assert.Matches(@"(?m)^sources\s+1\s", run.Stdout);
        Assert.DoesNotMatch(@"(?m)^site\s", run.Stdout);
    }

    [Fact]
    public void Json_output_carries_the_same_counts()
    {
        using var corpus = Corpus(TwoPages);
        var run = Run.Of("eval", corpus.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var only = Assert.Single(json.RootElement.GetProperty("corpora").EnumerateArray());
        Assert.Equal(2, only.GetProperty("pages").GetInt32());
        var fields = only.GetProperty("fields");
        Assert.Equal(1, fields.GetProperty("published.minute").GetProperty("count").GetInt32());
        Assert.True(fields.GetProperty("authors").TryGetProperty("f1", out _));
        Assert.True(fields.GetProperty("headline").TryGetProperty("accuracy", out _));
        Assert.True(only.GetProperty("medianMs").GetDouble() >= 0);
    }

    [Fact]
    public void Details_list_misses_for_the_chosen_field_only()
    {
        using var corpus = Corpus("""{"file": "pages/one.html", "headline": "Зовсім інший заголовок", "authors": ["Хтось Невідомий"]}""");
        var run = Run.Of("eval", corpus.Path, "--field", "headline");

        Assert.Contains("expected: Зовсім інший заголовок", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Хтось Невідомий", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_details_list_misses_with_expected_and_got()
    {
        using var corpus = Corpus("""{"file": "pages/one.html", "headline": "Зовсім інший заголовок", "sources": [{"name": "Укрінформ", "aliases": []}]}""");
        var run = Run.Of("eval", corpus.Path, "--json", "--details");

        using var json = JsonDocument.Parse(run.Stdout);
        var misses = json.RootElement.GetProperty("corpora")[0].GetProperty("misses").EnumerateArray().ToList();
        var headline = misses.Single(m => m.GetProperty("field").GetString() == "headline");
        Assert.Equal("Зовсім інший заголовок", headline.GetProperty("expected").GetString());
        var sources = misses.Single(m => m.GetProperty("field").GetString() == "sources");
        Assert.Equal("Укрінформ", sources.GetProperty("missing")[0].GetString());
    }

    [Fact]
    public void Page_filter_scores_only_the_matching_pages()
    {
        using var corpus = Corpus(TwoPages);
        var run = Run.Of("eval", corpus.Path, "--page", "two");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 pages", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^published\.minute\s", run.Stdout);
    }

    [Fact]
    public void A_parent_folder_stands_for_its_corpora()
    {
        using var parent = new TempFolder();
        parent.Write("a/gold.jsonl", """{"file": "p.html", "headline": "A"}""");
        parent.Write("a/p.html", Page);
        parent.Write("b/gold.jsonl", """{"file": "p.html", "headline": "B"}""");
        parent.Write("b/p.html", Page);
        parent.Write("README.md", "not a corpus");

        var run = Run.Of("eval", parent.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("== a:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("== b:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_page_is_reported_and_fails_the_run()
    {
        using var corpus = Corpus("""{"file": "pages/absent.html", "headline": "Новина дня"}""");
        var run = Run.Of("eval", corpus.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pages/absent.html", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 errors", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_gold_fails_the_run()
    {
        using var empty = new TempFolder();
        var run = Run.Of("eval", empty.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no gold.jsonl", run.Stderr, StringComparison.Ordinal);
    }
}
