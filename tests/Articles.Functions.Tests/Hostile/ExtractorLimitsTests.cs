using System.Text;
using Articles.Extraction;
using Articles.Extraction.Page;
using Articles.Functions.Tests.Support;

namespace Articles.Functions.Tests.Hostile;

/// <summary>The extractor's own limits: the time budget for optional work and the markup bounds before parsing.</summary>
public sealed class ExtractorLimitsTests
{
    private static readonly byte[] DatedPage = Encoding.UTF8.GetBytes(
        "<html lang=\"en\"><head><title>Budget</title></head><body><article><h1>Ferry returns to the pier</h1>" +
        "<p>Some background first. The service stopped in winter. Repairs took months.</p>" +
        "<p>\"The pier is safe again and the timetable is back to normal,\" said transport minister Helen Carter.</p>" +
        "<p>According to Reuters, the repairs cost two million.</p>" +
        "<p>Posted on 14 March 2024 by the harbour office.</p></article></body></html>");

    [Fact]
    public void NoBudget_SkipsAttributionAndTheTextDateScan_AndSaysSo()
    {
        var unlimited = ArticleExtractor.Extract(DatedPage, new ExtractionHints(TimeBudget: Timeout.InfiniteTimeSpan));
        var spent = ArticleExtractor.Extract(DatedPage, new ExtractionHints(TimeBudget: TimeSpan.Zero));

        // The same page with time to spare finds all three, so the empty answers below come from the budget.
        Assert.NotEmpty(unlimited.Officials);
        Assert.NotEmpty(unlimited.Sources);
        Assert.NotNull(unlimited.Published);
        Assert.False(unlimited.Provenance.ContainsKey("limits"));
        Assert.Empty(spent.Officials);
        Assert.Empty(spent.Sources);
        Assert.Null(spent.Published);
        Assert.Equal(unlimited.Headline, spent.Headline);
        Assert.Equal(unlimited.BodyText, spent.BodyText);
        Assert.Equal("time budget of 0 s spent: skipped visible-text dates, sources, officials", spent.Provenance["limits"]);
    }

    [Fact]
    public void TheLibraryHasNoBudgetUnlessGivenOne_TheApiHasFiveSeconds()
    {
        var metadata = ArticleExtractor.Extract(Pages.English);

        Assert.False(metadata.Provenance.ContainsKey("limits"));
        Assert.NotEmpty(metadata.Officials);
        Assert.Equal(TimeSpan.FromSeconds(5), new ArticleApiOptions().ExtractionTimeBudget);
    }

    [Fact]
    public void Budget_RefusesANegativeLimit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractionBudget(TimeSpan.FromSeconds(-1)));

    [Fact]
    public void DeepNesting_IsCutAtTheLimit_AndTheTextKept()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div class=\"a>b\">", 1500)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 1500)) + "</body>";

        var flat = MarkupBounds.Apply(html, 1000, 100_000, out var deepest, out _);

        Assert.Equal(1500, deepest);
        Assert.Equal(1000, Count(flat, "<div"));
        Assert.Equal(1000, Count(flat, "</div>"));
        Assert.Contains("deep text", flat, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>one<p>two<li>three<br><img src=x><hr>")]
    [InlineData("<div><span>closed</span></div><div/>")]
    [InlineData("<script>for (i = 0; i < n; i++) document.write('<div>')</script><style>a<b{}</style>")]
    [InlineData("<!-- <div><div><div> --><textarea><div><div></textarea>")]
    [InlineData("a < b and c <d")]
    public void ShallowMarkup_IsLeftAlone(string unit)
    {
        var html = string.Concat(Enumerable.Repeat(unit, 2000));

        Assert.Same(html, MarkupBounds.Apply(html, 1000, 100_000, out _, out _));
    }

    [Fact]
    public void TagsAfterTheElementLimit_AreDropped_WithScriptsAndTheirContent()
    {
        var html = "<h1>Top</h1>" + string.Concat(Enumerable.Repeat("<p>para", 10)) + "<script>var hidden = 1;</script><b>bold</b> tail";

        var cut = MarkupBounds.Apply(html, 1000, 5, out _, out var elements);

        Assert.Equal(13, elements);
        Assert.Equal("<h1>Top</h1><p>para<p>para<p>para<p>para" + string.Concat(Enumerable.Repeat("para", 6)) + "bold tail", cut);
    }

    [Fact]
    public void DeepPage_IsExtracted_WithTheCutInItsProvenance()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><h1>Deep page</h1>" + string.Concat(Enumerable.Repeat("<section>", 20_000)) + "<p>Inner text.</p></body></html>");

        var metadata = ArticleExtractor.Extract(html);

        Assert.Equal("Deep page", metadata.Headline);
        Assert.Equal("elements nested 20000 deep: tags below depth 1000 dropped", metadata.Provenance["limits"]);
    }

    [Fact]
    public void Utf16WithoutBom_IsDecoded()
    {
        var html = Encoding.BigEndianUnicode.GetBytes("<html><body><h1>Привіт, світе</h1></body></html>");

        Assert.Equal("Привіт, світе", ArticleExtractor.Extract(html, new ExtractionHints("text/html; charset=windows-1251")).Headline);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
