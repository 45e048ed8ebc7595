namespace Articles.Extraction.Tests.Authors;

public class FirstNameCompleterTests
{
    private static IReadOnlyList<string>? Authors(string author, string body)
    {
        var html = "<html><head><meta name=\"author\" content=\"" + author + "\"></head><body><article><h1>Title</h1>"
            + body + "</article></body></html>";
        return Articles.Extraction.Fields.Authors.AuthorRules.Cascade.Run(TestPage.Parse(html))?.Value;
    }

    [Fact]
    public void A_lone_first_name_takes_the_surname_the_article_gives_it()
    {
        var authors = Authors("Nils", "<p><strong>Eine Kolumne von Nils Pickert</strong></p><p>Text.</p><p>Nils Pickert ist Autor.</p>");

        Assert.Equal(["Nils Pickert"], authors);
    }

    [Fact]
    public void Two_different_surnames_leave_the_first_name_alone()
    {
        var authors = Authors("Anna", "<p>Anna Weber schreibt.</p><p>Anna Schulz antwortet.</p>");

        Assert.Equal(["Anna"], authors);
    }

    [Fact]
    public void A_capitalised_noun_used_on_its_own_is_not_a_surname()
    {
        var authors = Authors("Heiko", "<p>Heiko Laufen</p><p>Laufen ist gesund. Beim Laufen denke ich nach. Laufen!</p>");

        Assert.Equal(["Heiko"], authors);
    }

    [Theory]
    [InlineData("JIJI", "<p>JIJI KOBE — A hospital said…</p>")]
    [InlineData("jancak", "<p>jancak Wien schreibt.</p>")]
    [InlineData("Maria Koval", "<p>Maria Koval Kyiv.</p>")]
    public void Only_a_single_capitalised_given_name_is_completed(string author, string body)
    {
        Assert.Equal([author], Authors(author, body));
    }
}
