namespace Articles.Extraction.Tests.Sources;

public class EnglishSourceTests
{
    private const string Site = "Daily Planet";

    [Theory]
    [InlineData("Envoys met in Istanbul, Politico reported on Monday, citing people familiar with the talks.", "Politico")]
    [InlineData("\"We must keep channels open,\" an EU spokesperson told Politico.", "Politico")]
    [InlineData("Pashinyan said the ceasefire would hold, Reuters reported.", "Reuters")]
    [InlineData("The deal was signed in secret, according to The New York Times.", "The New York Times")]
    [InlineData("Pence said in a CNN interview Monday that he would stay loyal.", "CNN")]
    [InlineData("He made the remarks in an interview with Fox News.", "Fox News")]
    [InlineData("The group announced Monday morning on Twitter that the link was cut.", "Twitter")]
    [InlineData("Trump tweeted on Tuesday that the shackles were off.", "Twitter")]
    [InlineData("The agency's figures were first reported by the Wall Street Journal.", "The Wall Street Journal")]
    [InlineData("The talks collapsed, according to The Intercept.", "The Intercept")]
    [InlineData("Turnout was high, the German news agency dpa reported.", "dpa")]
    [InlineData("Prices rose, the Associated Press reported.", "Associated Press")]
    [InlineData("Musk posted on X that the deal was off.", "Twitter")]
    [InlineData("\"I've always loved fashion,\" she told Australian magazine Stellar.", "Stellar")]
    [InlineData("The mayor resigned, the Bronx Times reported.", "Bronx Times")]
    [InlineData("The ruling was first reported by the Kyiv Post.", "Kyiv Post")]
    public void FindsTheCitedOutlet(string sentence, string expected)
    {
        Assert.Equal([expected], SourceTestKit.Names(sentence, "en", Site));
    }

    [Theory]
    [InlineData("In an interview with Samantha Bee on Monday, Obama said sexism persists.")]
    [InlineData("Hong Kong (AFP) – Asian stocks struggled again Thursday.")]
    [InlineData("A new Politico/Morning Consult poll conducted Monday shows Trump five points back.")]
    [InlineData("Obama arrives in Columbus (AP Photo/Evan Vucci).")]
    [InlineData("Given her ratings, the case matters now, according to presidential historians.")]
    [InlineData("\"I wrote a TV series called Fat Actress,\" Alley said.")]
    [InlineData("The topic came up when Alley appeared on podcast The Dan Wootton Interview.")]
    [InlineData("Jane Ogden told the Victoria Derbyshire TV show that shaming is wrong.")]
    [InlineData("Chefs signed an open letter, published in this newspaper today.")]
    public void NoOutletIsCited(string sentence)
    {
        Assert.Empty(SourceTestKit.Names(sentence, "en", Site));
    }
}
