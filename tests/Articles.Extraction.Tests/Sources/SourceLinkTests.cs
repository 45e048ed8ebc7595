using Articles.Extraction.Body;

namespace Articles.Extraction.Tests.Sources;

public class SourceLinkTests
{
    private const string PoliticoUrl = "https://www.politico.eu/article/us-eu-russia-secret-talks/";

    [Fact]
    public void LinkOverTheNameGivesTheUrl()
    {
        var paragraph = SourceTestKit.WithLink("Про це повідомляє Politico із посиланням на джерела.", "Politico", PoliticoUrl);

        var found = Assert.Single(SourceTestKit.Find([paragraph], "uk", "Слово і діло"));

        Assert.Equal("Politico", found.Name);
        Assert.Equal(PoliticoUrl, found.Url);
        Assert.Equal("Про це повідомляє Politico із посиланням на джерела.", found.Evidence);
    }

    [Fact]
    public void LinkedDomainNamesTheOutletBehindAGenericWord()
    {
        var paragraph = SourceTestKit.WithLink("Про це пише видання, посилаючись на джерела.", "видання", PoliticoUrl);

        var found = Assert.Single(SourceTestKit.Find([paragraph], "uk", "Слово і діло"));

        Assert.Equal("Politico", found.Name);
        Assert.Equal(PoliticoUrl, found.Url);
    }

    [Fact]
    public void UnknownLinkedDomainIsNamedByItsHost()
    {
        var paragraph = SourceTestKit.WithLink("Як повідомляє видання, міст закрили.", "видання", "https://www.vinnytsia-news.com.ua/a/1");

        Assert.Equal(["vinnytsia-news.com.ua"], SourceTestKit.Find([paragraph], "uk", "Слово і діло").Select(s => s.Name));
    }

    [Fact]
    public void LinkToThePublishersOwnSiteIsNotASource()
    {
        var paragraph = SourceTestKit.WithLink("Як повідомляло видання, міст закрили.", "видання", "https://slovoidilo.ua/2023/09/01/a.html");

        Assert.Empty(SourceTestKit.Find([paragraph], "uk", "Слово і діло", "https://www.slovoidilo.ua/2023/09/25/b.html"));
    }

    [Fact]
    public void LinkInASentenceWithoutACueIsNotASource()
    {
        var paragraph = SourceTestKit.WithLink("Докладніше про мости читайте тут.", "тут", PoliticoUrl);

        Assert.Empty(SourceTestKit.Find([paragraph], "uk", "Слово і діло"));
    }

    [Fact]
    public void UnlinkedCitationHasNoUrl()
    {
        var found = Assert.Single(SourceTestKit.Find([new BodyParagraph("Politico reported the talks on Monday.", [])], "en"));

        Assert.Null(found.Url);
    }
}
