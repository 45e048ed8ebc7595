using Articles.Extraction.Attribution;

namespace Articles.Extraction.Tests.Attribution;

public class LowerCaseTests
{
    [Theory]
    [InlineData("Зеленський")]
    [InlineData("ҐРУНТ Їжак Єва Ірина")]
    [InlineData("ЁЖИК Щука Ѣ")]
    [InlineData("NATO U.S. Sen.")]
    [InlineData("Émile Ørsted Straße")]
    [InlineData("ΑΘΗΝΑ")]
    [InlineData("")]
    public void Agrees_with_the_runtime(string text) => Assert.Equal(text.ToLowerInvariant(), LowerCase.Of(text));

    [Fact]
    public void Returns_the_same_string_when_nothing_changes()
    {
        var text = "вже малими літерами";
        Assert.Same(text, LowerCase.Of(text));
    }

    [Theory]
    [InlineData('Ґ', 'ґ')]
    [InlineData('Ї', 'ї')]
    [InlineData('Ё', 'ё')]
    [InlineData('Q', 'q')]
    [InlineData('É', 'é')]
    public void Lowers_one_character(char upper, char lower) => Assert.Equal(lower, LowerCase.Of(upper));

    [Fact]
    public void Writes_into_a_buffer_only_for_the_scripts_it_knows()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.True(LowerCase.TryOf("МЗС", buffer));
        Assert.Equal("мзс", buffer[..3].ToString());
        Assert.False(LowerCase.TryOf("Émile", buffer));
    }
}
