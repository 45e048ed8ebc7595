namespace Articles.Extraction.Tests.Sources;

public class SourceExclusionTests
{
    [Fact]
    public void PublisherBySiteNameIsNotASource()
    {
        Assert.Empty(SourceTestKit.Names("Як повідомляв Укрінформ, міст відкрили.", "uk", site: "Укрінформ"));
    }

    [Fact]
    public void PublisherByPageHostIsNotASource()
    {
        Assert.Empty(SourceTestKit.Names("Рішення ухвалили, передає УНІАН.", "uk", pageUrl: "https://www.unian.ua/politics/1.html"));
        Assert.Empty(SourceTestKit.Names("Голосование завершилось, - сообщает lenta.ru.", "ru", pageUrl: "https://lenta.ru/news/1"));
    }

    [Fact]
    public void FooterWithThePublishersNameIsNotASource()
    {
        Assert.Empty(SourceTestKit.Names(
            "© 2014–2023 «Слово і діло». При використанні матеріалів посилання на «Слово і діло» обов’язкове.",
            "uk",
            site: "Слово і діло"));
    }

    [Theory]
    [InlineData("Фото: Reuters")]
    [InlineData("Експерт пояснив, хто має щепитися / фото REUTERS")]
    [InlineData("Фото: polit.ru")]
    public void PhotoCreditIsNotASource(string text)
    {
        Assert.Empty(SourceTestKit.Names(text, "uk", "Подільські новини"));
    }

    [Fact]
    public void PhotoCreditInACitingSentenceKeepsOnlyTheCitation()
    {
        Assert.Equal(["CNN"], SourceTestKit.Names("Як повідомляє CNN, рятувальники працюють на місці (фото Reuters).", "uk", "Подільські новини"));
    }

    [Theory]
    [InlineData("ЧИТАЙТЕ у TELEGRAM найважливіше від «Слово і діло»")]
    [InlineData("Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.")]
    [InlineData("Ми повідомляємо тільки важливі новини. Долучайся до Telegram-каналу")]
    [InlineData("Поділитися: Facebook X Telegram")]
    public void PromoIsNotASource(string text)
    {
        Assert.Empty(SourceTestKit.Names(text, "uk", "Слово і діло"));
    }

    [Theory]
    [InlineData("За словами Ігоря Ховаєва, зустріч відбулася у Стамбулі.")]
    [InlineData("Про це повідомив лікар-інфекціоніст Євген Дубровський.")]
    [InlineData("Про це на брифінгу повідомив речник МЗС Олег Ніколенко.")]
    public void PersonIsNotASource(string sentence)
    {
        Assert.Empty(SourceTestKit.Names(sentence, "uk", "Подільські новини"));
    }

    [Fact]
    public void ReportersOutletIsAnAffiliationNotASource()
    {
        Assert.Empty(SourceTestKit.Names("Як передає кореспондент Укрінформу, про це сказав заступник міністра.", "uk"));
        Assert.Empty(SourceTestKit.Names(
            "\"Это новый фактор\", - сказал корреспондент Die Welt и Frankfurter Allgemeine Zeitung Герхард Гнаук.", "ru"));
    }

    [Fact]
    public void LongQuotationAfterACueIsNotAName()
    {
        Assert.Empty(SourceTestKit.Names(
            "Депутати підтримали звернення, передає \"Очікуємо від Європейського Союзу підтвердження стратегічної ролі України\".",
            "uk",
            "Подільські новини"));
    }

    [Fact]
    public void WithoutAKnownPublisherAnUnquotedRelayIsThePublisherItself()
    {
        Assert.Equal(["CNN"], SourceTestKit.Names("Про це інформує ONLINE.UA з посиланням на CNN.", "uk"));
        Assert.Equal(["CNBC"], SourceTestKit.Names("Об этом сообщает РБК-Украина со ссылкой на интервью каналу CNBC.", "ru"));
    }

    [Fact]
    public void WithAKnownPublisherTheRelayingOutletIsASource()
    {
        Assert.Equal(
            ["ONLINE.UA", "CNN"],
            SourceTestKit.Names("Про це інформує ONLINE.UA з посиланням на CNN.", "uk", "Подільські новини"));
    }

    [Fact]
    public void OutletMentionedWithoutACueIsNotCited()
    {
        Assert.Empty(SourceTestKit.Names("Укрінформ", "uk"));
        Assert.Empty(SourceTestKit.Names("Він багато років працював на Reuters у Варшаві.", "uk", "Подільські новини"));
    }

    [Theory]
    [InlineData("Про це повідомляє «Укренерго» у Telegram.", "Telegram")]
    [InlineData("Про це повідомляє «Нафтогаз» на своєму сайті.", "")]
    [InlineData("Про це повідомляє пресслужба «Укрзалізниці».", "")]
    public void OrganisationSpeakingForItselfIsNotAnOutlet(string sentence, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : [expected], SourceTestKit.Names(sentence, "uk", "Подільські новини"));
    }

    [Theory]
    [InlineData("The figures were confirmed, White House Press Secretary Josh Earnest reported.")]
    [InlineData("The plan was approved, according to Press Secretary Sarah Sanders.")]
    public void CapitalisedPersonWithAnOutletWordIsNotAnOutlet(string sentence)
    {
        Assert.Empty(SourceTestKit.Names(sentence, "en", "Daily Planet"));
    }
}
