using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates;
using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Dates;

public class PerPageMemoRuleTests
{
    [Fact]
    public void A_wrapped_rule_runs_once_per_page()
    {
        var counting = new CountingRule();
        var rule = PerPageMemoRule.All("test", [counting])[0];
        var page = TestPage.Parse("<html><body><p>x</p></body></html>");

        var first = rule.Find(page);
        var second = rule.Find(page);

        Assert.Equal(1, counting.Calls);
        Assert.Equal("2021-03-04", first?.Iso);
        Assert.Same(first, second);
        Assert.Equal("counting", rule.Name);
    }

    [Fact]
    public void Each_page_gets_its_own_answer()
    {
        var counting = new CountingRule();
        var rule = PerPageMemoRule.All("test", [counting])[0];

        rule.Find(TestPage.Parse("<html><body>a</body></html>"));
        rule.Find(TestPage.Parse("<html><body>b</body></html>"));

        Assert.Equal(2, counting.Calls);
    }

    [Fact]
    public void A_null_answer_is_remembered_too()
    {
        var counting = new CountingRule(answer: null);
        var rule = PerPageMemoRule.All("test", [counting])[0];
        var page = TestPage.Parse("<html><body>a</body></html>");

        Assert.Null(rule.Find(page));
        Assert.Null(rule.Find(page));
        Assert.Equal(1, counting.Calls);
    }

    [Fact]
    public void Published_cascade_rerun_on_the_same_page_gives_the_same_answer()
    {
        var page = TestPage.Parse(
            "<html><head><meta property=\"article:published_time\" content=\"2023-04-01T08:00:00+01:00\"></head>"
            + "<body></body></html>");

        var first = PublishedRules.Cascade.Run(page);
        var second = PublishedRules.Cascade.Run(page);

        Assert.Equal("2023-04-01T08:00:00+01:00", first?.Value.Iso);
        Assert.Same(first?.Value, second?.Value);
    }

    private sealed class CountingRule(string? answer = "2021-03-04") : IFieldRule<FoundDate>
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public FoundDate? Find(PageContext page)
        {
            Calls++;
            return answer is null ? null : new FoundDate(answer, answer);
        }
    }
}
