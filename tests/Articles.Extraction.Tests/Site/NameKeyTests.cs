using Articles.Extraction.Fields.Site;

namespace Articles.Extraction.Tests.Site;

public class NameKeyTests
{
    [Theory]
    [InlineData("Süddeutsche.de", "sueddeutschede")]
    [InlineData("Daily 😀 News", "dailynews")]
    public void Keys_keep_letters_and_digits_only(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void Lone_surrogates_are_dropped()
    {
        Assert.Equal("новини", NameKey.Of("Новини \ud83d"));
        Assert.Equal("cafe", NameKey.Of("\ude00Café"));
    }
}
