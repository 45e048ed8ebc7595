namespace Articles.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData]
    [InlineData("summarise", "page.html")]
    public void No_or_unknown_command_exits_2_with_usage(params string[] args)
    {
        var run = Run.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Stderr, StringComparison.Ordinal);
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
