namespace Articles.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData]
    [InlineData("summarise", "page.html")]
    [InlineData("extract")]
    [InlineData("extract", "page.html", "--bogus")]
    [InlineData("extract", "page.html", "--url", "not a url")]
    [InlineData("extract", "page.html", "--now", "next tuesday")]
    [InlineData("extract", "page.html", "--url")]
    [InlineData("eval")]
    [InlineData("eval", ".", "--field", "headlines")]
    [InlineData("eval", ".", "--now", "someday")]
    [InlineData("eval", ".", "--verbose")]
    public void Bad_usage_exits_2_with_usage_on_stderr_and_nothing_on_stdout(params string[] args)
    {
        var run = Run.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    [InlineData("eval", "--help")]
    public void Help_goes_to_stdout_and_exits_0(params string[] args)
    {
        var run = Run.Of(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articles extract PATH...", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles eval CORPUS...", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_extractor_version()
    {
        var run = Run.Of("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"articles {Articles.Extraction.ArticleExtractor.Version}", run.Stdout.Trim());
    }
}
