using Articles.Extraction.Text;

namespace Articles.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [Fact]
    public void Splits_plain_sentences() =>
        Assert.Equal(["Перше речення.", "Друге речення!", "Третє?"], Split("Перше речення. Друге речення! Третє?"));

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. Capitol today.")]
    [InlineData("Зустріч відбулася на вул. Хрещатик, ст. 5 у м. Київ.")]
    [InlineData("Президент В. Зеленський прибув до Києва.")]
    [InlineData("J. Smith said the rate was 3.5 percent.")]
    [InlineData("Були книжки, журнали і т. д. та газети.")]
    [InlineData("Это, т.е. сделка, заключена им. Ленина.")]
    public void Abbreviations_initials_and_numbers_do_not_end_a_sentence(string text) => Assert.Equal([text], Split(text));

    [Fact]
    public void Full_stop_inside_a_quotation_does_not_end_the_sentence()
    {
        var text = "«Ми готові. Ми чекаємо», — сказав міністр. Інше речення.";
        Assert.Equal(["«Ми готові. Ми чекаємо», — сказав міністр.", "Інше речення."], Split(text));
    }

    [Fact]
    public void Sentence_ending_inside_closing_quote_splits_after_the_mark()
    {
        var text = "He said: \"We are ready.\" Then he left.";
        Assert.Equal(["He said: \"We are ready.\"", "Then he left."], Split(text));
    }

    [Fact]
    public void Year_abbreviation_before_a_capital_ends_the_sentence() =>
        Assert.Equal(["Це сталося у 2020 р.", "Потім усе змінилося."], Split("Це сталося у 2020 р. Потім усе змінилося."));

    [Fact]
    public void Offsets_point_into_the_paragraph()
    {
        var sentences = SentenceSplitter.Split("One here. Two there.", paragraph: 3);
        Assert.Equal(3, sentences[1].Paragraph);
        Assert.Equal(10, sentences[1].Start);
    }
}
