namespace Articles.Extraction.Tests.Quotes;

public class DirectSpeechTests
{
    [Theory]
    [InlineData("uk", "«Ми не відступимо від своїх планів», — сказав Володимир Зеленський.", "Володимир Зеленський", "Ми не відступимо від своїх планів")]
    [InlineData("uk", "\"Переговори тривають уже тиждень\", – зазначила Юлія Свириденко.", "Юлія Свириденко", "Переговори тривають уже тиждень")]
    [InlineData("ru", "«Мы не отступим от своих планов», — заявил Дмитрий Песков.", "Дмитрий Песков", "Мы не отступим от своих планов")]
    [InlineData("en", "\"We will not retreat from our plans,\" said Joe Biden.", "Joe Biden", "We will not retreat from our plans")]
    [InlineData("en", "“We will not retreat from our plans,” Joe Biden told reporters.", "Joe Biden", "We will not retreat from our plans")]
    public void Speaker_after_the_quotation(string language, string text, string speaker, string quote)
    {
        var (official, found) = Attribute.Single(language, text);
        Assert.Equal(speaker, official.Name);
        Assert.True(official.Named);
        Assert.Equal(quote, found.Text);
        Assert.True(found.Direct);
        Assert.Equal(text, found.Evidence);
    }

    [Theory]
    [InlineData("uk", "Володимир Зеленський заявив: «Ми не відступимо від своїх планів».", "Володимир Зеленський", "Ми не відступимо від своїх планів")]
    [InlineData("ru", "Дмитрий Песков сказал: «Мы не отступим от своих планов».", "Дмитрий Песков", "Мы не отступим от своих планов")]
    [InlineData("en", "Joe Biden said, \"We will not retreat from our plans.\"", "Joe Biden", "We will not retreat from our plans.")]
    public void Speaker_before_the_quotation(string language, string text, string speaker, string quote)
    {
        var (official, found) = Attribute.Single(language, text);
        Assert.Equal(speaker, official.Name);
        Assert.Equal(quote, found.Text);
        Assert.True(found.Direct);
    }

    [Theory]
    [InlineData("uk", "Представник ЄС сказав, що «важливо підтримувати канали зв’язку».", "Представник ЄС", "важливо підтримувати канали зв’язку")]
    [InlineData("ru", "Представитель ЕС сказал, что «важно поддерживать каналы связи».", "Представитель ЕС", "важно поддерживать каналы связи")]
    [InlineData("en", "Armenian Prime Minister Nikol Pashinyan said on Sunday that \"the coming days will show\" whether the truce holds.", "Nikol Pashinyan", "the coming days will show")]
    public void Partial_quotes_keep_the_quoted_words(string language, string text, string speaker, string quote)
    {
        var (official, found) = Attribute.Single(language, text);
        Assert.Equal(speaker, official.Name);
        Assert.Equal(quote, found.Text);
        Assert.True(found.Direct);
    }

    [Fact]
    public void Quotation_of_several_sentences_stays_one_quote()
    {
        var (official, found) = Attribute.Single("uk", "«Ми не плануємо нових обмежень. Ситуація стабільна», — сказав Віктор Ляшко.");
        Assert.Equal("Віктор Ляшко", official.Name);
        Assert.Equal("Ми не плануємо нових обмежень. Ситуація стабільна", found.Text);
    }

    [Fact]
    public void Dialogue_dash_paragraph_is_direct_speech()
    {
        var (official, found) = Attribute.Single("ru",
            "— Мы получили 400 доз вакцины. Запись уже идёт, — пояснила заместитель губернатора Лариса Каманина.");
        Assert.Equal("Лариса Каманина", official.Name);
        Assert.Equal("Мы получили 400 доз вакцины. Запись уже идёт", found.Text);
        Assert.True(found.Direct);
    }

    [Theory]
    [InlineData("uk", "«Ми будемо боротися до кінця», — сказав Володимир Зеленський.", "«Перемога буде за нами».")]
    [InlineData("en", "\"We will fight to the end,\" said Joe Biden.", "\"Victory will be ours in the end.\"")]
    public void Bare_quotation_after_a_quote_continues_the_speaker(string language, string first, string second)
    {
        var official = Assert.Single(Attribute.Run(language, first, second), o => o.Quotes.Count > 0);
        Assert.Equal(2, official.Quotes.Count);
    }

    [Fact]
    public void Scare_quotes_are_not_quotes()
    {
        var officials = Attribute.Run("uk", "Будівництво газопроводу \"Північний потік-2\" завершено.");
        Assert.DoesNotContain(officials, o => o.Quotes.Count > 0);
    }
}
