using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class NameTokenizerTests
{
    private static string[] Texts(string text) => [.. NameTokenizer.Split(text).Select(t => t.Text)];

    [Fact]
    public void Keeps_dotted_capitals_initials_and_titles_whole() =>
        Assert.Equal(["U.S.", "Sen.", "J.", "Smith", "and", "В.", "Зеленський", "."], Texts("U.S. Sen. J. Smith and В. Зеленський."));

    [Fact]
    public void An_initial_needs_a_capital_after_it() =>
        Assert.Equal(["a", ".", "b"], Texts("a. b"));

    [Fact]
    public void Keeps_inner_apostrophes_and_hyphens_and_splits_off_punctuation() =>
        Assert.Equal(["прем'єр", "«", "Нагірно-Карабахської", "»", ",", "O’Brien", "-"], Texts("прем'єр «Нагірно-Карабахської», O’Brien -"));

    [Fact]
    public void Records_offsets_and_which_tokens_are_words()
    {
        var tokens = NameTokenizer.Split("Mr. Obama, 2016");
        Assert.Equal([0, 4, 9, 11], tokens.Select(t => t.Start));
        Assert.Equal([true, true, false, true], tokens.Select(t => t.IsWord));
    }

    [Fact]
    public void A_title_without_its_full_stop_is_a_plain_word() =>
        Assert.Equal(["Senator", "Gen", "Dr"], Texts("Senator Gen Dr"));
}
