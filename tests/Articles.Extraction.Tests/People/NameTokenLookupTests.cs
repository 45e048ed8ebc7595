using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

// The lexicon answers kept on a token must be the answers the lexicons give.
public class NameTokenLookupTests
{
    [Fact]
    public void A_title_answer_is_kept_per_language()
    {
        var token = NameTokenizer.Split("президента")[0];
        Assert.Equal(TitleLexicon.Kind.Official, token.TitleKind("uk"));
        Assert.Equal(TitleLexicon.KindOf("президента", "en"), token.TitleKind("en"));
        Assert.Equal(TitleLexicon.Kind.Official, token.TitleKind("uk"));
        Assert.Equal(TitleLexicon.KindOf("президента", "de"), token.TitleKind("de"));
    }

    [Theory]
    [InlineData("Ігоря", "Ігор")]
    [InlineData("Терезі", "Тереза")]
    [InlineData("Вашингтон", null)]
    public void A_first_name_answer_is_the_lexicon_answer(string word, string? nominative)
    {
        var token = NameTokenizer.Split(word)[0];
        Assert.Equal(nominative, token.FirstName?.Nominative);
        Assert.Equal(nominative, token.FirstName?.Nominative);
    }

    [Fact]
    public void An_affiliation_answer_depends_on_the_tokens_that_follow()
    {
        var tokens = NameTokenizer.Split("Європейської Ради");
        var alone = new[] { tokens[0] };
        var inPhrase = AffiliationGazetteer.MatchAt(tokens, 0);
        var byItself = AffiliationGazetteer.MatchAt(alone, 0);
        Assert.Equal(2, inPhrase?.TokenCount);
        Assert.NotEqual(inPhrase?.TokenCount, byItself?.TokenCount);
        Assert.Equal(2, AffiliationGazetteer.MatchAt(tokens, 0)?.TokenCount);
    }
}
