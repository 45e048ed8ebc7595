using System.Text.RegularExpressions;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Cascade;

public sealed class FieldCascadeTimeoutTests
{
    [Fact]
    public void ARuleThatTimesOutOnce_IsAskedAgain_AndKeepsItsAnswer()
    {
        var page = TestPage.Parse("<html><body><p>text</p></body></html>");
        var cascade = new FieldCascade<string>("test", new TimingOutRule("first", failures: 1, "answer"), new TimingOutRule("second", 0, "fallback"));

        var found = cascade.Run(page);

        Assert.Equal(("answer", "first"), (found?.Value, found?.Rule));
        Assert.Empty(page.Budget.TimedOut);
    }

    [Fact]
    public void ARuleThatKeepsTimingOut_IsNoted_AndTheNextRuleAnswers()
    {
        var page = TestPage.Parse("<html><body><p>text</p></body></html>");
        var stubborn = new TimingOutRule("first", failures: int.MaxValue, "answer");
        var cascade = new FieldCascade<string>("test", stubborn, new TimingOutRule("second", 0, "fallback"));

        var found = cascade.Run(page);

        Assert.Equal(("fallback", "second"), (found?.Value, found?.Rule));
        Assert.Equal(2, stubborn.Calls);
        Assert.Equal(["test (first)"], page.Budget.TimedOut);
    }

    private sealed class TimingOutRule(string name, int failures, string answer) : IFieldRule<string>
    {
        public string Name { get; } = name;

        public int Calls { get; private set; }

        public string? Find(PageContext page)
        {
            Calls++;
            if (Calls <= failures)
            {
                throw new RegexMatchTimeoutException("x", "y", TimeSpan.FromMilliseconds(1));
            }

            return answer;
        }
    }
}
