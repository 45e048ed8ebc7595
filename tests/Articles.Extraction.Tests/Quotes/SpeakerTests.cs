namespace Articles.Extraction.Tests.Quotes;

public class SpeakerTests
{
    [Theory]
    [InlineData("uk", "Представник ЄС у коментарі виданню сказав, що «важливо підтримувати канали зв’язку».", "Представник ЄС")]
    [InlineData("uk", "Американський чиновник, знайомий із цим питанням, пояснив, що Кремль ще має вплив у регіоні.", "Американський чиновник")]
    [InlineData("uk", "За словами високопоставленого дипломата, зустріч відбулася 17 вересня у Стамбулі.", "високопоставлений дипломат")]
    [InlineData("uk", "Джерело в уряді повідомило, що рішення вже ухвалено остаточно.", "Джерело в уряді")]
    [InlineData("ru", "По словам высокопоставленного дипломата, встреча состоялась 17 сентября в Стамбуле.", "высокопоставленный дипломат")]
    [InlineData("ru", "Источник в правительстве сообщил, что решение уже принято окончательно.", "Источник в правительстве")]
    [InlineData("en", "\"It is important to keep channels open,\" an EU spokesperson told Politico.", "an EU spokesperson")]
    [InlineData("en", "A U.S. official familiar with the matter said the talks reflected Kremlin influence.", "A U.S. official")]
    public void Anonymous_speakers_are_named_false(string language, string text, string speaker)
    {
        var (official, _) = Attribute.Single(language, text);
        Assert.Equal(speaker, official.Name);
        Assert.False(official.Named);
    }

    [Theory]
    [InlineData("uk", "Володимир Зеленський провів зустріч у Києві.", "Він заявив, що Україна отримає нові системи ППО.", "Володимир Зеленський")]
    [InlineData("uk", "Юлія Свириденко провела нараду в уряді.", "За її словами, уряд ухвалив нову програму підтримки.", "Юлія Свириденко")]
    [InlineData("ru", "Дмитрий Песков провел брифинг в Москве.", "По его словам, Кремль не получал никаких предложений.", "Дмитрий Песков")]
    [InlineData("en", "Joe Biden met Ukrainian officials on Monday.", "He said the talks would resume next week.", "Joe Biden")]
    public void Pronouns_point_to_the_person_named_before(string language, string first, string second, string speaker)
    {
        var (official, found) = Attribute.Single(language, first, second);
        Assert.Equal(speaker, official.Name);
        Assert.Equal(second, found.Evidence);
    }

    [Fact]
    public void One_entry_per_person_across_spellings()
    {
        var officials = Attribute.Run("uk",
            "Президент України Володимир Зеленський заявив, що Україна отримає нові системи ППО.",
            "«Ми чекаємо на рішення партнерів», — сказав Зеленський.");
        var speaker = Assert.Single(officials, o => o.Quotes.Count > 0);
        Assert.Equal("Володимир Зеленський", speaker.Name);
        Assert.Equal(2, speaker.Quotes.Count);
        Assert.False(speaker.Quotes[0].Direct);
        Assert.True(speaker.Quotes[1].Direct);
    }

    [Fact]
    public void Publisher_is_never_a_speaker()
    {
        var officials = Attribute.Run("uk", "«Ми стежимо за подіями у Карабаху щодня», — повідомили Новини Тест.");
        Assert.DoesNotContain(officials, o => o.Name == "Новини Тест");
    }
}
