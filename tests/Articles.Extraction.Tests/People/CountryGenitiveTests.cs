using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class CountryGenitiveTests
{
    [Theory]
    [InlineData("Україна", "uk", "України")]
    [InlineData("Польща", "uk", "Польщі")]
    [InlineData("Франція", "uk", "Франції")]
    [InlineData("Іран", "uk", "Ірану")]
    [InlineData("Китай", "uk", "Китаю")]
    [InlineData("Білорусь", "uk", "Білорусі")]
    [InlineData("США", "uk", "США")]
    [InlineData("Франция", "ru", "Франции")]
    [InlineData("Германия", "ru", "Германии")]
    [InlineData("Иран", "ru", "Ирана")]
    [InlineData("Мексика", "ru", "Мексики")]
    [InlineData("Литва", "ru", "Литвы")]
    public void Declines_one_word_country_names(string country, string language, string expected) =>
        Assert.Equal(expected, CountryGenitive.Of(country, language));

    [Fact]
    public void Leaves_multi_word_names_alone() => Assert.Null(CountryGenitive.Of("Велика Британія", "uk"));
}
