using Articles.Storage.Articles;
using Articles.Storage.Keys;

namespace Articles.Storage.Tests;

public class DateKeysTests
{
    [Theory]
    [InlineData("2024-10-14T09:25:00+03:00", "2024-10-14T06:25:00Z")]
    [InlineData("2024-10-14T09:25:00", "2024-10-14T09:25:00Z")]
    [InlineData("2024-10-14", "2024-10-14T00:00:00Z")]
    [InlineData("2024-10-01T01:00:00+03:00", "2024-09-30T22:00:00Z")]
    public void Published_values_become_utc_instants(string published, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcTicks, DateKeys.ParseTicks(published));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("вчора")]
    public void Missing_or_unreadable_dates_give_nothing(string? published) => Assert.Null(DateKeys.ParseTicks(published));

    [Fact]
    public void Inverted_ticks_sort_newest_first_at_fixed_width()
    {
        var older = DateKeys.Inverted(new DateTime(1999, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks);
        var newer = DateKeys.Inverted(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks);

        Assert.True(string.CompareOrdinal(newer, older) < 0);
        Assert.Equal(19, older.Length);
        Assert.Equal(19, DateKeys.Inverted(DateTime.MaxValue.Ticks).Length);
    }

    [Fact]
    public void The_month_partition_is_the_utc_month() =>
        Assert.Equal("2024-09", DateKeys.Month(DateKeys.ParseTicks("2024-10-01T01:00:00+03:00")!.Value));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(8, 0)]
    [InlineData(9, 1)]
    [InlineData(19, 1)]
    [InlineData(20, 2)]
    public void Slices_beyond_the_head_fill_payload_rows(int slices, int rows) => Assert.Equal(rows, PayloadCodec.ExtraRows(slices));

    [Fact]
    public void Payload_compresses_and_slices_losslessly()
    {
        var json = string.Concat(Enumerable.Range(0, 50_000).Select(index => $"{{\"n\":{index * 7919 % 104729}}}"));
        var payload = PayloadCodec.Compress(json);

        var slices = PayloadCodec.Slice(payload);

        Assert.All(slices, slice => Assert.True(slice.Length <= PayloadCodec.SliceBytes));
        Assert.Equal(json, PayloadCodec.Decompress(slices.SelectMany(slice => slice).ToArray()));
    }
}
