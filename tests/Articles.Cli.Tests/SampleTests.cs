using System.Text.Json;

namespace Articles.Cli.Tests;

/// <summary>The README example: the sample page under samples/ goes through both verbs.</summary>
public class SampleTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    [Fact]
    public void Extract_on_the_samples_folder_gives_one_schema_line_for_the_page()
    {
        var run = Run.Of("extract", Samples);

        Assert.Equal(0, run.ExitCode);
        var page = JsonDocument.Parse(Assert.Single(run.Lines)).RootElement;
        Assert.Equal("uk-news.html", page.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Array, page.GetProperty("officials").ValueKind);
    }

    [Fact]
    public void The_sample_is_a_one_page_corpus_scoring_every_field()
    {
        var run = Run.Of("eval", Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        var fields = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("corpora")[0].GetProperty("fields");
        string[] expected =
        [
            "headline", "published.day", "published.minute", "modified.day", "modified.minute", "language", "site",
            "canonical", "authors", "sources", "officials", "quotes", "quotes.text",
        ];
        Assert.All(expected, field => Assert.True(fields.TryGetProperty(field, out _), field));
    }
}
