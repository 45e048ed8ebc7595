namespace Articles.Extraction.Tests.Quotes;

public class IndirectSpeechTests
{
    [Theory]
    [InlineData("uk", "Володимир Зеленський заявив, що Україна отримає нові системи ППО.", "Володимир Зеленський", "Україна отримає нові системи ППО")]
    [InlineData("uk", "Юлія Свириденко написала у Facebook, що уряд ухвалив нову програму.", "Юлія Свириденко", "уряд ухвалив нову програму")]
    [InlineData("ru", "Дмитрий Песков заявил, что Кремль не получал никаких предложений.", "Дмитрий Песков", "Кремль не получал никаких предложений")]
    [InlineData("en", "Joe Biden said that the talks would resume next week.", "Joe Biden", "the talks would resume next week")]
    [InlineData("en", "Joe Biden told Politico the talks would resume next week.", "Joe Biden", "the talks would resume next week")]
    public void Speaker_then_reported_clause(string language, string text, string speaker, string clause)
    {
        var (official, found) = Attribute.Single(language, text);
        Assert.Equal(speaker, official.Name);
        Assert.Equal(clause, found.Text);
        Assert.False(found.Direct);
    }

    [Theory]
    [InlineData("uk", "За словами Володимира Зеленського, Україна отримає нові системи ППО.", "Україна отримає нові системи ППО")]
    [InlineData("ru", "По словам Дмитрия Пескова, Кремль не получал никаких предложений.", "Кремль не получал никаких предложений")]
    [InlineData("en", "According to Joe Biden, the talks would resume next week.", "the talks would resume next week")]
    [InlineData("en", "The talks would resume next week, according to Joe Biden.", "The talks would resume next week")]
    public void According_to_cue(string language, string text, string clause)
    {
        var (official, found) = Attribute.Single(language, text);
        Assert.True(official.Named);
        Assert.Equal(clause, found.Text);
        Assert.False(found.Direct);
    }

    [Theory]
    [InlineData("uk", "Україна отримає нові системи ППО, — заявив Володимир Зеленський.", "Володимир Зеленський")]
    [InlineData("ru", "Кремль не получал никаких предложений, заявил Дмитрий Песков.", "Дмитрий Песков")]
    [InlineData("en", "The talks would resume next week, Joe Biden said.", "Joe Biden")]
    [InlineData("en", "The talks would resume next week, said Robert Shapiro, a professor at Columbia University.", "Robert Shapiro")]
    public void Speaker_after_the_reported_clause(string language, string text, string speaker)
    {
        var (official, found) = Attribute.Single(language, text);
        Assert.Equal(speaker, official.Name);
        Assert.False(found.Direct);
        Assert.True(found.Text.Split(' ').Length >= 5);
    }

    [Theory]
    [InlineData("uk", "Як заявив Володимир Зеленський, Україна отримає нові системи ППО.", "Україна отримає нові системи ППО")]
    [InlineData("ru", "Как отметил Дмитрий Песков, Кремль не получал никаких предложений.", "Кремль не получал никаких предложений")]
    public void Parenthetical_cue(string language, string text, string clause)
    {
        var (_, found) = Attribute.Single(language, text);
        Assert.Equal(clause, found.Text);
    }

    [Theory]
    [InlineData("uk", "Володимир Зеленський прибув до Вашингтона.", "Про це повідомив Володимир Зеленський.")]
    [InlineData("ru", "Кремль не получал никаких предложений от Киева.", "Об этом заявил Дмитрий Песков.")]
    public void About_this_points_to_the_previous_sentence(string language, string first, string second)
    {
        var officials = Attribute.Run(language, first + " " + second);
        var speaker = Assert.Single(officials, o => o.Quotes.Count > 0);
        Assert.Equal(first.TrimEnd('.'), speaker.Quotes[0].Text);
    }

    [Theory]
    [InlineData("uk", "Представник Держдепартаменту США відмовився коментувати зустріч.")]
    [InlineData("ru", "Представитель Госдепартамента США отказался комментировать встречу.")]
    [InlineData("en", "The State Department declined to comment on the meeting.")]
    public void Declining_to_comment_is_not_a_quote(string language, string text) =>
        Assert.DoesNotContain(Attribute.Run(language, text), o => o.Quotes.Count > 0);

    [Theory]
    [InlineData("uk", "Вже 20 вересня сторони домовилися про перемир'я, Карабах заявив про припинення вогню.")]
    [InlineData("ru", "Карабах заявил о прекращении огня и разоружении.")]
    public void Announcing_a_topic_is_not_a_quote(string language, string text) =>
        Assert.DoesNotContain(Attribute.Run(language, text), o => o.Quotes.Count > 0);
}
