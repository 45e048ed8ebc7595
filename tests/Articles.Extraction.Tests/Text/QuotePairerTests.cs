using Articles.Extraction.Text;

namespace Articles.Extraction.Tests.Text;

public class QuotePairerTests
{
    private static List<string> Contents(string text) => [.. QuotePairer.Pair(text).Select(q => q.Content(text))];

    [Theory]
    [InlineData("Він сказав: «Ми готові».", "Ми готові")]
    [InlineData("He said: “We are ready.”", "We are ready.")]
    [InlineData("Він сказав: \"Ми готові\".", "Ми готові")]
    [InlineData("Он сказал: „Мы готовы“.", "Мы готовы")]
    [InlineData("He said: 'We are ready,' and left.", "We are ready,")]
    [InlineData("He said: ‘We are ready’.", "We are ready")]
    [InlineData("Il a dit: ‹Oui›.", "Oui")]
    public void Pairs_each_style(string text, string expected) => Assert.Equal([expected], Contents(text));

    [Fact]
    public void Nested_quotes_inside_guillemets()
    {
        var text = "«Проєкт „Північний потік-2“ шкідливий», — сказав він.";
        var spans = QuotePairer.Pair(text);
        Assert.Equal(2, spans.Count);
        Assert.Equal("Проєкт „Північний потік-2“ шкідливий", spans[0].Content(text));
        Assert.Equal(0, spans[0].Depth);
        Assert.Equal("Північний потік-2", spans[1].Content(text));
        Assert.Equal(1, spans[1].Depth);
    }

    [Theory]
    [InlineData("Канали зв’язку і перемир'я важливі.")]
    [InlineData("Don't ask O'Brien about it.")]
    [InlineData("The boys' team won.")]
    public void Apostrophes_are_not_quotes(string text) => Assert.Empty(QuotePairer.Pair(text));

    [Fact]
    public void Straight_quotes_pair_by_position()
    {
        var text = "\"Перший\" і \"другий\" варіанти.";
        Assert.Equal(["Перший", "другий"], Contents(text));
    }

    [Fact]
    public void Open_quotation_runs_to_the_end()
    {
        var spans = QuotePairer.Pair("«Ми не відступимо. Ніколи.");
        var span = Assert.Single(spans);
        Assert.False(span.IsClosed);
        Assert.Equal("Ми не відступимо. Ніколи.", span.Content("«Ми не відступимо. Ніколи."));
    }
}
