namespace Articles.Extraction.Tests.Sources;

public class RussianSourceTests
{
    private const string Site = "Новости Подмосковья";

    [Theory]
    [InlineData("Об этом сообщает ТАСС.", "ТАСС")]
    [InlineData("Как пишет «Коммерсантъ», сделка сорвалась.", "Коммерсант")]
    [InlineData("По данным «Ведомостей», компания сократит штат.", "Ведомости")]
    [InlineData("Об этом сообщает РИА Новости со ссылкой на источник.", "РИА Новости")]
    [InlineData("Совещание перенесли, передает Интерфакс.", "Интерфакс")]
    [InlineData("Как сообщает американская газета The Washington Post, победит Байден.", "The Washington Post")]
    [InlineData("Все три голоса отданы Байдену, - сообщает lenta.ru, голосование продолжается.", "Lenta.ru")]
    [InlineData("Об этом передает The Telegraph, ссылаясь на источники.", "The Telegraph")]
    [InlineData("В издании Axios увидели подоплеку в этих словах.", "Axios")]
    [InlineData("Премьер заявил об этом в интервью американскому каналу CNBC.", "CNBC")]
    [InlineData("По информации Би-би-си, встреча состоится в пятницу.", "BBC")]
    [InlineData("Как сообщает «Медуза», задержанных отпустили.", "Медуза")]
    [InlineData("Об этом он написал в своем Telegram-канале.", "Telegram")]
    [InlineData("Об этом сообщает издание «Новые ведомости».", "Новые ведомости")]
    public void FindsTheCitedOutlet(string sentence, string expected)
    {
        Assert.Equal([expected], SourceTestKit.Names(sentence, "ru", Site));
    }

    [Fact]
    public void UkrainianOutletTakesItsRussianName()
    {
        Assert.Equal(["Интерфакс-Украина"], SourceTestKit.Names("Об этом сообщает «Интерфакс-Украина».", "ru", Site));
    }

    [Fact]
    public void UnquotedUnknownWordAfterCueIsNotAnOutlet()
    {
        // A broken sentence ("пишет" followed by the next sentence) must not turn a word into an outlet.
        Assert.Empty(SourceTestKit.Names("Маас назвал санкции неприемлемыми, пишет Вопросы энергетики нужно решать в Европе.", "ru", Site));
    }
}
