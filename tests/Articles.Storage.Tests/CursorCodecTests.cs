using Articles.Storage.Listing;

namespace Articles.Storage.Tests;

public class CursorCodecTests
{
    [Fact]
    public void A_cursor_round_trips_and_is_url_safe()
    {
        var state = new CursorState("date", "q1", "2024-10", "2524-10-14-abc");

        var cursor = CursorCodec.Encode(state);

        Assert.Matches("^[A-Za-z0-9_-]+$", cursor);
        Assert.Equal(state, CursorCodec.Decode(cursor, "date", "q1"));
    }

    [Theory]
    [InlineData("source", "q1")]
    [InlineData("date", "q2")]
    public void A_cursor_of_another_query_is_refused(string kind, string query)
    {
        var cursor = CursorCodec.Encode(new CursorState("date", "q1", "2024-10", "x"));

        var error = Assert.Throws<InvalidQueryException>(() => CursorCodec.Decode(cursor, kind, query));

        Assert.Contains("different listing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprints_differ_by_filter() =>
        Assert.NotEqual(CursorCodec.Fingerprint("date", null, "x"), CursorCodec.Fingerprint("date", "x", null));
}
