using System.Text;
using Articles.Functions.Functions;
using Articles.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Articles.Functions.Tests.Functions;

/// <summary>The HTTP function classes called directly with real HttpContexts, over the real store in Azurite.</summary>
public sealed class ArticleFunctionsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Post_CreatesThenFindsTheSameArticle()
    {
        var first = await PostAsync(Pages.Ukrainian);
        var second = await PostAsync(Pages.Ukrainian);

        Assert.Equal(StatusCodes.Status201Created, first.Status);
        var id = first.Json.GetProperty("id").GetString()!;
        Assert.Equal($"/api/articles/{id}", first.Header("Location"));
        Expected.SameAsExtractor(first.Json, Pages.Ukrainian, "text/html");
        Assert.Equal(StatusCodes.Status200OK, second.Status);
        Assert.Equal(id, second.Json.GetProperty("id").GetString());
        Assert.Null(second.Header("Location"));
    }

    [Fact]
    public async Task Post_Json_UsesTheGivenUrlWhenThePageHasNoCanonical()
    {
        var html = Encoding.UTF8.GetString(Pages.Unique("Ferry timetable changes"));
        var body = System.Text.Json.JsonSerializer.Serialize(new { html, url = "https://coastal.example/ferry?utm_source=x" });

        var request = HttpCall.Json(app.Services, body);
        var reply = await HttpCall.RunAsync(request, app.Function<PostArticle>().Run(request, None));

        Assert.Equal(StatusCodes.Status201Created, reply.Status);
        Assert.Equal("https://coastal.example/ferry?utm_source=x", reply.Json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Post_Windows1251Page_IsDecoded()
    {
        var reply = await PostAsync(Pages.Russian);

        Assert.Equal(StatusCodes.Status201Created, reply.Status);
        Expected.SameAsExtractor(reply.Json, Pages.Russian, "text/html");
    }

    [Fact]
    public async Task Get_ReturnsTheArticleWithAnETag_And304WhenItMatches()
    {
        var id = (await PostAsync(Pages.English)).Json.GetProperty("id").GetString()!;

        var reply = await GetAsync(id);
        var again = await GetAsync(id, ("If-None-Match", reply.Header("ETag")!));

        Assert.Equal(StatusCodes.Status200OK, reply.Status);
        Assert.Equal(id, reply.Json.GetProperty("id").GetString());
        Expected.SameAsExtractor(reply.Json, Pages.English, "text/html");
        Assert.False(string.IsNullOrEmpty(reply.Header("ETag")));
        Assert.Equal(StatusCodes.Status304NotModified, again.Status);
        Assert.Empty(again.Body);
    }

    [Fact]
    public async Task Html_ReturnsTheOriginalBytesAndContentType()
    {
        var page = Pages.Unique("Original bytes");
        var id = (await PostAsync(page, "text/html; charset=utf-8")).Json.GetProperty("id").GetString()!;
        var request = HttpCall.Request(app.Services, "GET", $"/api/articles/{id}/html");

        var reply = await HttpCall.RunAsync(request, app.Function<GetArticleHtml>().Run(request, id, None));

        Assert.Equal(page, reply.Body);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task Delete_RemovesTheArticle_ThenIs404()
    {
        var id = (await PostAsync(Pages.Unique("To be deleted"))).Json.GetProperty("id").GetString()!;

        var deleted = await DeleteAsync(id);
        var again = await DeleteAsync(id);
        var get = await GetAsync(id);

        Assert.Equal(StatusCodes.Status204NoContent, deleted.Status);
        Assert.Contains(id, again.ProblemDetail(404), StringComparison.Ordinal);
        Assert.Contains(id, get.ProblemDetail(404), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task MalformedId_Is400(string id) =>
        Assert.Contains("is not an article id", (await GetAsync(id)).ProblemDetail(400), StringComparison.Ordinal);

    [Fact]
    public async Task UnknownId_Is404() =>
        Assert.Contains("no article", (await GetAsync(new string('a', 26))).ProblemDetail(404), StringComparison.Ordinal);

    [Fact]
    public async Task List_ShowsSummaries_AndFilters()
    {
        var one = (await PostAsync(Pages.Unique("Listed one"))).Json.GetProperty("id").GetString();
        var two = (await PostAsync(Pages.Unique("Listed two"))).Json.GetProperty("id").GetString();

        var all = await ListAsync("?limit=100");
        var otherLanguage = await ListAsync("?language=xx&limit=100");

        var ids = all.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
        Assert.Contains(one, ids);
        Assert.Contains(two, ids);
        var summary = all.GetProperty("items").EnumerateArray().First(item => item.GetProperty("id").GetString() == one);
        Assert.Equal(["id", "url", "headline", "published", "language", "site", "sources", "officials"], summary.EnumerateObject().Select(p => p.Name));
        Assert.Empty(otherLanguage.GetProperty("items").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, otherLanguage.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task List_PagesWithTheCursor()
    {
        await PostAsync(Pages.Unique("Paged one"));
        await PostAsync(Pages.Unique("Paged two"));

        var first = await ListAsync("?limit=1");
        var second = await ListAsync("?limit=1&cursor=" + Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!));

        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("?limit=0", "'limit'")]
    [InlineData("?cursor=definitely-not-a-cursor", "cursor")]
    public async Task List_BadParameters_Are400(string query, string detailPart)
    {
        var request = HttpCall.Request(app.Services, "GET", "/api/articles", query);

        var reply = await HttpCall.RunAsync(request, app.Function<ListArticles>().Run(request, None));

        Assert.Contains(detailPart, reply.ProblemDetail(400), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sources_AndOfficials_ArePagedLists()
    {
        await PostAsync(Pages.Unique("Aggregates"));
        var sources = HttpCall.Request(app.Services, "GET", "/api/sources", "?limit=10");
        var officials = HttpCall.Request(app.Services, "GET", "/api/officials", "?limit=10");

        var sourceReply = await HttpCall.RunAsync(sources, app.Function<ListSources>().Run(sources, None));
        var officialReply = await HttpCall.RunAsync(officials, app.Function<ListOfficials>().Run(officials, None));

        Assert.Equal(System.Text.Json.JsonValueKind.Array, sourceReply.Json.GetProperty("items").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, officialReply.Json.GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task Extract_ReturnsMetadataAndStoresNothing()
    {
        var page = Pages.Unique("Extract only");
        var request = HttpCall.Request(app.Services, "POST", "/api/extract", "", "text/html", page);

        var reply = await HttpCall.RunAsync(request, app.Function<Extract>().Run(request, None));

        Assert.Equal(StatusCodes.Status200OK, reply.Status);
        Expected.SameAsExtractor(reply.Json, page, "text/html");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Json.GetProperty("id").ValueKind);
        var wouldBe = Articles.Storage.ArticleIdentity.Derive(null, page);
        Assert.Null(await app.Store.GetAsync(wouldBe));
    }

    [Fact]
    public async Task Health_Is200WithStorageReachable()
    {
        var request = HttpCall.Request(app.Services, "GET", "/api/health");

        var reply = await HttpCall.RunAsync(request, app.Function<Health>().Run(request, None));

        Assert.Equal(StatusCodes.Status200OK, reply.Status);
        Assert.Equal("healthy", reply.Json.GetProperty("status").GetString());
    }

    private Task<Reply> PostAsync(byte[] html, string contentType = "text/html")
    {
        var request = HttpCall.Request(app.Services, "POST", "/api/articles", "", contentType, html);
        return HttpCall.RunAsync(request, app.Function<PostArticle>().Run(request, None));
    }

    private async Task<System.Text.Json.JsonElement> ListAsync(string query)
    {
        var request = HttpCall.Request(app.Services, "GET", "/api/articles", query);
        var reply = await HttpCall.RunAsync(request, app.Function<ListArticles>().Run(request, None));
        Assert.True(reply.Status == StatusCodes.Status200OK, reply.Text);
        return reply.Json;
    }

    private Task<Reply> GetAsync(string id, params (string, string)[] headers)
    {
        var request = HttpCall.Request(app.Services, "GET", $"/api/articles/{id}", "", null, null, headers);
        return HttpCall.RunAsync(request, app.Function<GetArticle>().Run(request, id, None));
    }

    private Task<Reply> DeleteAsync(string id)
    {
        var request = HttpCall.Request(app.Services, "DELETE", $"/api/articles/{id}");
        return HttpCall.RunAsync(request, app.Function<DeleteArticle>().Run(request, id, None));
    }
}
