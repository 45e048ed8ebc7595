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
    [InlineData("shareBar", new[] { "share", "Bar" })]
    [InlineData("post__body--wide", new[] { "post", "body", "wide" })]
    [InlineData("x1 col2Main", new[] { "x1", "col2Main" })]
    [InlineData("--", new string[0])]
    public void Class_words(string token, string[] words)
    {
        var found = new List<string>();
        foreach (var word in new ClassWords(token))
        {
            found.Add(word.ToString());
        }

        Assert.Equal(words, found);
    }

    [Theory]
    [InlineData("newsSIDEBAR", true)]
    [InlineData("newsSideBar", false)]
    [InlineData("sidebars-wide", false)]
    [InlineData("mainContent", false)]
    public void Class_words_match_a_set_ignoring_case(string token, bool expected)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "sidebar", "content-main" };
        Assert.Equal(expected, ClassWords.Any(token, set.GetAlternateLookup<ReadOnlySpan<char>>()));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("  two \t\n words  ", "two words")]
    [InlineData("a\u00A0b\u200Bc\uFEFF", "a b c")]
    [InlineData("line\r\n\r\nnext \u2003 end", "line next end")]
    public void Folding_collapses_whitespace_and_counts_the_same_length(string escaped, string expected)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        Assert.Equal(expected, TextFolding.Fold(text));
        Assert.Equal(expected.Length, TextFolding.FoldedLength(text));
    }

    [Fact]
    public void Folded_appends_carry_a_space_across_pieces()
    {
        var builder = new System.Text.StringBuilder();
        var pending = false;
        TextFolding.AppendFolded(builder, " first ", ref pending);
        TextFolding.AppendFolded(builder, "\n", ref pending);
        TextFolding.AppendFolded(builder, "second", ref pending);
        Assert.Equal("first second", builder.ToString());
        Assert.True(TextFolding.HasText(" x "));
        Assert.False(TextFolding.HasText(" \u00A0\u200B"));
    }
}
