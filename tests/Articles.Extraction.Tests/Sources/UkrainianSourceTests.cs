namespace Articles.Extraction.Tests.Sources;

public class UkrainianSourceTests
{
    private const string Site = "Подільські новини";

    [Theory]
    [InlineData("Про це повідомляє Reuters.", "Reuters")]
    [InlineData("Як пише «Економічна правда», торік на мости витратили менше.", "Економічна правда")]
    [InlineData("За даними Bloomberg, угоду підпишуть у березні.", "Bloomberg")]
    [InlineData("Рішення ухвалили одноголосно, передає Укрінформ.", "Укрінформ")]
    [InlineData("Як повідомляв УНІАН, раніше міст закрили.", "УНІАН")]
    [InlineData("Про це інформує «Суспільне».", "Суспільне")]
    [InlineData("Про це повідомляє Інтерфакс-Україна з посиланням на пресслужбу.", "Інтерфакс-Україна")]
    [InlineData("За інформацією агентства Франс Прес, переговори тривали добу.", "AFP")]
    [InlineData("Посаду обійняв Стівен Барклі, повідомляє агентство dpa.", "dpa")]
    [InlineData("Про це заявив лікар в ефірі телеканалу «Україна 24».", "Україна 24")]
    [InlineData("Як повідомляє Рейтер, санкції набудуть чинності в понеділок.", "Reuters")]
    [InlineData("Про це пише Бі-Бі-Сі.", "BBC")]
    [InlineData("За даними Української правди, відставку вже погоджено.", "Українська правда")]
    [InlineData("Про це повідомило CNN із посиланням на заяву державного секретаря.", "CNN")]
    [InlineData("Зеленський написав у Facebook, що перемовини тривають.", "Facebook")]
    [InlineData("Про це повідомили в Telegram-каналі Повітряних сил.", "Telegram")]
    [InlineData("Про це пише видання Новинарня.", "Новинарня")]
    [InlineData("Маск написав у соцмережі X, що угоду скасовано.", "Twitter")]
    public void FindsTheCitedOutlet(string sentence, string expected)
    {
        Assert.Equal([expected], SourceTestKit.Names(sentence, "uk", Site));
    }

    [Fact]
    public void QuotedOutletAndTheOutletItCites()
    {
        var names = SourceTestKit.Names(
            "Колізей підсвітять червоним, повідомляє \"Благовіст-Інфо\" з посиланням на Catholic News Agency.", "uk");

        Assert.Equal(["Благовіст-Інфо", "Catholic News Agency"], names);
    }

    [Fact]
    public void OneItemPerOutletInOrderOfFirstCitation()
    {
        var found = SourceTestKit.Find(
            "Як пише Reuters, переговори зірвалися. Про це також повідомляє «Економічна правда». За даними Рейтер, сторони роз'їхалися.",
            "uk",
            Site);

        Assert.Equal(["Reuters", "Економічна правда"], found.Select(s => s.Name));
        Assert.Equal("Як пише Reuters, переговори зірвалися.", found[0].Evidence);
    }
}
