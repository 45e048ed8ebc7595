using Articles.Extraction.Attribution.Sources;

namespace Articles.Extraction.Tests.Sources;

public class OutletGazetteerTests
{
    [Theory]
    [InlineData("Рейтер", "Reuters")]
    [InlineData("Рейтерс", "Reuters")]
    [InlineData("REUTERS", "Reuters")]
    [InlineData("Бі-Бі-Сі", "BBC")]
    [InlineData("Би-би-си", "BBC")]
    [InlineData("Сі-Ен-Ен", "CNN")]
    [InlineData("Блумберг", "Bloomberg")]
    [InlineData("Укрінформу", "Укрінформ")]
    [InlineData("Української правди", "Українська правда")]
    [InlineData("Новой газеты", "Новая газета")]
    [InlineData("Коммерсантом", "Коммерсант")]
    [InlineData("Суспільного", "Суспільне")]
    [InlineData("New York Times", "The New York Times")]
    [InlineData("Telegram-каналі", "Telegram")]
    public void ResolvesVariantsToTheCanonicalName(string spelling, string canonical)
    {
        Assert.Equal(canonical, OutletGazetteer.Default.Resolve(spelling)?.Canonical);
    }

    [Theory]
    [InlineData("ap")]
    [InlineData("Cnn")]
    [InlineData("суспільне")]
    [InlineData("Рейтинг")]
    [InlineData("Associated")]
    public void CaseAndWordBoundariesMatter(string spelling)
    {
        Assert.Null(OutletGazetteer.Default.Resolve(spelling));
    }

    [Theory]
    [InlineData("www.politico.eu", "Politico")]
    [InlineData("edition.cnn.com", "CNN")]
    [InlineData("t.me", "Telegram")]
    [InlineData("www.pravda.com.ua", "Українська правда")]
    public void FindsTheOutletOfADomain(string host, string canonical)
    {
        Assert.Equal(canonical, OutletGazetteer.Default.ForHost(host)?.Canonical);
    }

    [Fact]
    public void UnknownDomainHasNoOutlet()
    {
        Assert.Null(OutletGazetteer.Default.ForHost("example.com"));
    }

    [Fact]
    public void ParsesNamesPerLanguageDomainsAndPlatformFlag()
    {
        var gazetteer = OutletGazetteer.Parse(new StringReader("# comment\nFoo Net | Фу Нет | @foo.net | uk=Фу Нет | !platform\n"));

        var outlet = Assert.Single(gazetteer.Outlets);
        Assert.Equal("Foo Net", outlet.NameFor("en"));
        Assert.Equal("Фу Нет", outlet.NameFor("uk"));
        Assert.True(outlet.IsPlatform);
        Assert.True(outlet.OwnsHost("news.foo.net"));
        Assert.Same(outlet, gazetteer.Resolve("Фу Нет"));
    }

    [Fact]
    public void EveryOutletHasADistinctCanonicalName()
    {
        var names = OutletGazetteer.Default.Outlets.Select(o => o.Canonical).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
