using Articles.Extraction.Attribution.Sources;

namespace Articles.Extraction.Tests.Sources;

public class SourceCuesTests
{
    [Theory]
    [InlineData("tweeted", true)]
    [InlineData("Retweeting", true)]
    [InlineData("твітнув", true)]
    [InlineData("твитнул", true)]
    [InlineData("the", false)]
    [InlineData("tweet-storm", false)]
    [InlineData("retreat", false)]
    public void Tweet_verbs(string word, bool expected) => Assert.Equal(expected, SourceCues.IsTweetVerb(word));
}
