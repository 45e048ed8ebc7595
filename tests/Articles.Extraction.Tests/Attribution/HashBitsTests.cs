using Articles.Extraction.Attribution;

namespace Articles.Extraction.Tests.Attribution;

public class HashBitsTests
{
    [Fact]
    public void Never_says_no_to_a_key_it_holds()
    {
        string[] keys = ["пре", "зая", "sai", "ab", "x", "Зел"];
        var bits = HashBits.Of(keys, 64);
        Assert.All(keys, k => Assert.True(bits.MayContain(k)));
        bits.Add(42L);
        Assert.True(bits.MayContain(42L));
    }

    [Fact]
    public void Says_no_to_most_keys_it_does_not_hold()
    {
        var bits = HashBits.Of(["пре", "зая", "sai"]);
        var others = Enumerable.Range(0, 1000).Select(i => "k" + i);
        Assert.True(others.Count(k => bits.MayContain(k)) < 20);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(1000)]
    public void Needs_a_power_of_two_of_at_least_64_slots(int slots) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HashBits(slots));
}
