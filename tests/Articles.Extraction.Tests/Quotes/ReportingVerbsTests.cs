using Articles.Extraction.Attribution.Quotes;

namespace Articles.Extraction.Tests.Quotes;

public class ReportingVerbsTests
{
    [Theory]
    [InlineData("uk", "Він заявила вчора", "заявила")]
    [InlineData("uk", "«Так», — сказали вони", "сказали")]
    [InlineData("ru", "Он заявил, что", "заявил")]
    [InlineData("ru", "как отметила она", "отметила")]
    [InlineData("en", "an official said on Monday", "said")]
    [InlineData("en", "she told Politico", "told")]
    public void Finds_verb_forms(string language, string text, string verb)
    {
        var found = Assert.Single(ReportingVerbs.Find(text, LanguageKeys.Of(language)));
        Assert.Equal(verb, text.Substring(found.Index, found.Length));
    }

    [Theory]
    [InlineData("uk", "заявлення уряду")]
    [InlineData("en", "the sayings of old")]
    public void Ignores_other_words(string language, string text) =>
        Assert.Empty(ReportingVerbs.Find(text, LanguageKeys.Of(language)));
}
