using Articles.Storage.Keys;

namespace Articles.Storage.Tests;

public class NameKeyTests
{
    [Fact]
    public void Spellings_differing_in_case_space_and_composition_share_a_key()
    {
        var key = NameKey.For("Ігор  Ховаєв");

        Assert.Equal(key, NameKey.For(" ігор\tХОВАЄВ\n"));
        Assert.Equal(NameKey.For("Cafe\u0301 Press"), NameKey.For("Café press"));
        Assert.NotEqual(key, NameKey.For("Ігор Ховаєва"));
    }

    [Theory]
    [InlineData("AP/Reuters")]
    [InlineData(@"back\slash")]
    [InlineData("What? #1")]
    [InlineData("bell\u0007 and\u0085next")]
    [InlineData("Радіо Свобода")]
    [InlineData("under_score")]
    public void Keys_hold_only_url_safe_characters(string name)
    {
        var key = NameKey.For(name);

        Assert.NotNull(key);
        Assert.Matches("^[A-Za-z0-9._~-]+$", key);
    }

    [Fact]
    public void Escaping_keeps_different_names_apart()
    {
        Assert.NotEqual(NameKey.For("a_2f"), NameKey.For("a/"));
        Assert.NotEqual(NameKey.For("a b"), NameKey.For("a_b"));
    }

    [Fact]
    public void Very_long_names_get_bounded_distinct_keys()
    {
        var one = NameKey.For(new string('ж', 3000) + "1")!;
        var two = NameKey.For(new string('ж', 3000) + "2")!;

        Assert.True(one.Length <= 400, $"length {one.Length}");
        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Blank_names_have_no_key() => Assert.Null(NameKey.For(" \t "));
}
