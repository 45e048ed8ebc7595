using System.Text;
using Articles.Functions.Http;
using Articles.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Articles.Functions.Tests.Http;

/// <summary>Every way a POST body can be wrong gets its own status and a detail that names the problem.</summary>
public sealed class ArticleRequestReaderTests
{
    private const long Limit = 1000;
    private static readonly IServiceProvider NoServices = new EmptyServices();
    private readonly ArticleRequestReader reader = new(Options.Create(new ArticleApiOptions { MaxHtmlBytes = Limit }));

    [Fact]
    public async Task Html_WithCharset_IsRead()
    {
        var input = await ReadAsync("text/html; charset=windows-1251", "<p>Привіт</p>"u8.ToArray(), "?url=https://example.com/a");

        Assert.Null(input.Problem);
        Assert.Equal("text/html; charset=windows-1251", input.Value!.ContentType);
        Assert.Equal("https://example.com/a", input.Value.Url!.AbsoluteUri);
    }

    [Fact]
    public async Task Json_GivesUtf8HtmlAndUrl()
    {
        var input = await ReadAsync("application/json", """{"html": "<h1>Привіт</h1>", "url": "https://example.com/b"}"""u8.ToArray());

        Assert.Null(input.Problem);
        Assert.Equal("<h1>Привіт</h1>", Encoding.UTF8.GetString(input.Value!.Html));
        Assert.Equal("text/html; charset=utf-8", input.Value.ContentType);
        Assert.Equal("https://example.com/b", input.Value.Url!.AbsoluteUri);
    }

    [Theory]
    [InlineData("text/html", "", "", 400, "empty")]
    [InlineData("application/json", "", "", 400, "empty")]
    [InlineData("application/json", "{\"html\": ", "", 400, "not valid JSON")]
    [InlineData("application/json", "[1,2]", "", 400, "must be an object")]
    [InlineData("application/json", "{\"url\": \"https://example.com\"}", "", 400, "\"html\"")]
    [InlineData("application/json", "{\"html\": \"\"}", "", 400, "\"html\" is empty")]
    [InlineData("application/json", "{\"html\": \"<p>x</p>\", \"url\": 5}", "", 400, "\"url\" must be a string")]
    [InlineData("application/json", "{\"html\": \"<p>x</p>\", \"url\": \"ftp://example.com/x\"}", "", 400, "not an absolute http")]
    [InlineData("text/html", "<p>x</p>", "?url=relative/path", 400, "query parameter 'url'")]
    [InlineData("text/html", "<p>x</p>", "?url=https://a.example&url=https://b.example", 400, "more than once")]
    [InlineData("", "<p>x</p>", "", 415, "missing")]
    [InlineData("text/plain", "<p>x</p>", "", 415, "'text/plain' is not supported")]
    [InlineData("text/html; charset=no-such-charset", "<p>x</p>", "", 415, "no-such-charset")]
    [InlineData("application/json; charset=utf-16", "{}", "", 415, "UTF-8")]
    [InlineData("text/html", "plain words, no tags", "", 422, "no HTML markup")]
    [InlineData("application/json", "{\"html\": \"only text\"}", "", 422, "no HTML markup")]
    [InlineData("text/html", "%PDF-1.7 <x>", "", 422, "PDF")]
    public async Task BadInput_IsAProblemWithASpecificDetail(string contentType, string body, string query, int status, string detailPart)
    {
        var input = await ReadAsync(contentType, Encoding.UTF8.GetBytes(body), query);

        Assert.Null(input.Value);
        Assert.Equal(status, input.Problem!.Status);
        Assert.Contains(detailPart, input.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413_EvenWithoutContentLength()
    {
        var request = HttpCall.Request(NoServices, "POST", "/api/articles", "", "text/html", new byte[Limit + 1]);
        request.ContentLength = null;

        var input = await reader.ReadAsync(request, CancellationToken.None);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, input.Problem!.Status);
        Assert.Contains("1000 bytes", input.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclaredLengthOverTheLimit_Is413()
    {
        var input = await ReadAsync("text/html", new byte[Limit + 500]);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, input.Problem!.Status);
        Assert.Contains("1500 bytes", input.Problem.Detail, StringComparison.Ordinal);
    }

    private Task<Parsed<Articles.Functions.Input.ArticleInput>> ReadAsync(string contentType, byte[] body, string query = "") =>
        reader.ReadAsync(HttpCall.Request(NoServices, "POST", "/api/articles", query, contentType, body), CancellationToken.None);

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
