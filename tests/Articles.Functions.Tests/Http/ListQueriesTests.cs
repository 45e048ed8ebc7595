using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;

namespace Articles.Functions.Tests.Http;

public sealed class ListQueriesTests
{
    [Fact]
    public void Articles_ReadsEveryParameter()
    {
        var query = ListQueries.Articles(Query("?from=2025-01-01&to=2025-01-31&source=Reuters&official=Helen%20Carter&language=EN-gb&limit=5&cursor=abc"));

        var value = query.Value!;
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), value.From);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), value.To);
        Assert.Equal(("Reuters", "Helen Carter", "en", 5, "abc"), (value.Source, value.Official, value.Language, value.Limit, value.Cursor));
    }

    [Fact]
    public void Articles_DefaultsToTwentyAndNoFilters() =>
        Assert.Equal(new ArticleQuery(), ListQueries.Articles(Query("")).Value);

    [Fact]
    public void DateTime_KeepsItsOffset() =>
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 10, 15, 0, TimeSpan.FromHours(2)),
            ListQueries.Articles(Query("?from=2025-03-11T10:15:00%2B02:00")).Value!.From);

    [Theory]
    [InlineData("?limit=0", "'limit'")]
    [InlineData("?limit=101", "'limit'")]
    [InlineData("?limit=ten", "'limit'")]
    [InlineData("?limit=-5", "'limit'")]
    [InlineData("?from=yesterday", "'from'")]
    [InlineData("?to=2025-13-01", "'to'")]
    [InlineData("?from=2025-02-01&to=2025-01-01", "'from' is after 'to'")]
    [InlineData("?language=12", "'language'")]
    [InlineData("?source=", "'source' is empty")]
    [InlineData("?source=a&source=b", "more than once")]
    public void BadArticleParameters_AreNamed(string query, string detailPart)
    {
        var parsed = ListQueries.Articles(Query(query));

        Assert.Equal(400, parsed.Problem!.Status);
        Assert.Contains(detailPart, parsed.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralMistakes_AreAllReported()
    {
        var detail = ListQueries.Articles(Query("?limit=0&from=never")).Problem!.Detail;

        Assert.Contains("'limit'", detail, StringComparison.Ordinal);
        Assert.Contains("'from'", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=Rejected", IngestionStatus.Rejected)]
    [InlineData("?status=processed", IngestionStatus.Processed)]
    public void IngestionStatus_IsReadCaseInsensitively(string query, IngestionStatus status) =>
        Assert.Equal(status, ListQueries.Ingestions(Query(query)).Value!.Status);

    [Theory]
    [InlineData("?status=done")]
    [InlineData("?status=1")]
    public void UnknownIngestionStatus_Is400(string query) =>
        Assert.Contains("'status'", ListQueries.Ingestions(Query(query)).Problem!.Detail, StringComparison.Ordinal);

    [Fact]
    public void Page_ReadsLimitAndCursor() =>
        Assert.Equal(new PageRequest(7, "next", null), ListQueries.Page(Query("?limit=7&cursor=next")).Value);

    private static IQueryCollection Query(string query) => new DefaultHttpContext { Request = { QueryString = new QueryString(query) } }.Request.Query;
}
