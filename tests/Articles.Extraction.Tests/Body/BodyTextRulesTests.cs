using Articles.Extraction.Body;

namespace Articles.Extraction.Tests.Body;

public class BodyTextRulesTests
{
    [Theory]
    [InlineData("ЧИТАЙТЕ у TELEGRAM найважливіше від «Слово і діло»", true)]
    [InlineData("Читайте також: Уряд затвердив зміни до бюджету", true)]
    [InlineData("Подписывайтесь на наш канал в Telegram", true)]
    [InlineData("Read more: Karabakh separatists agree to ceasefire", true)]
    [InlineData("Поділитися:", true)]
    [InlineData("Subscribe to our newsletter", true)]
    [InlineData("Про це він написав у своєму Telegram-каналі, додавши, що рішення ухвалять до кінця тижня.", false)]
    [InlineData("Read the full statement, officials urged, before drawing conclusions about the plan.", false)]
    public void Promo_lines(string text, bool promo) => Assert.Equal(promo, PromoText.IsPromo(text));

    [Theory]
    [InlineData("Фото: росЗМІ", true)]
    [InlineData("Фото: РИА Новости", true)]
    [InlineData("Photo: Reuters/Jane Doe", true)]
    [InlineData("Getty Images", true)]
    [InlineData("© AFP", true)]
    [InlineData("Фотографії з місця події оприлюднила поліція області, яка веде розслідування.", false)]
    public void Credit_lines(string text, bool credit) => Assert.Equal(credit, CreditText.IsCredit(text));

    [Theory]
    [InlineData("25 вересня 2023, 14:37", true)]
    [InlineData("September 25, 2023 9:12 AM UTC", true)]
    [InlineData("By Daniel Reyes", true)]
    [InlineData("Автор: Марія Коваль", true)]
    [InlineData("By the end of the year, the plant will employ 300 people.", false)]
    [InlineData("Він набрав 25 з 30 голосів", false)]
    public void Byline_and_date_lines(string text, bool expected) =>
        Assert.Equal(expected, DateLineText.IsBylineOrDate(text));

    [Theory]
    [InlineData("article-meta", new[] { "article", "meta" })]
    [InlineData("shareBar", new[] { "share", "bar" })]
    [InlineData("post__body--wide", new[] { "post", "body", "wide" })]
    public void Class_words(string token, string[] words) => Assert.Equal(words, ClassWords.Split(token));
}
