using Articles.Extraction.Attribution.Quotes;

namespace Articles.Extraction.Tests.Quotes;

public class SpanWordTests
{
    [Fact]
    public void Reads_words_with_offsets_and_cuts_a_final_full_stop()
    {
        var words = SpanWord.Read("He said U.S. talks end.", 3, 23);
        Assert.Equal(["said", "U.S.", "talks", "end"], words.Select(w => w.Text));
        Assert.Equal([3, 8, 13, 19], words.Select(w => w.Start));
    }

    [Fact]
    public void Keeps_inner_apostrophes_and_hyphens_and_drops_a_trailing_hyphen()
    {
        var words = SpanWord.Read("прем’єр-міністр і віце- спікер", 0, 30);
        Assert.Equal(["прем’єр-міністр", "і", "віце", "спікер"], words.Select(w => w.Text));
    }

    [Fact]
    public void Stops_after_the_maximum_number_of_words() =>
        Assert.Equal(["one", "two"], SpanWord.Read("one two three four", 0, 18, maxWords: 2).Select(w => w.Text));

    [Fact]
    public void An_empty_or_reversed_range_has_no_words() => Assert.Empty(SpanWord.Read("text", 3, 2));
}
