using static Articles.Functions.Tests.Hostile.HostileBodies;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// POST bodies the API must refuse: each gets its 4xx problem with a detail naming the fault, stores nothing, and
/// leaves the service answering. Cases are looked up by name so theory discovery never builds the large bodies.
/// </summary>
public sealed class RefusedPostTests(HostileHostFixture host) : IClassFixture<HostileHostFixture>
{
    private const string Json = "application/json";
    private const string Html = "text/html";

    private static readonly Dictionary<string, RefusedPost> Cases = new()
    {
        ["empty body"] = new(() => [], Html, 400, "The request body is empty"),
        ["empty JSON body"] = new(() => [], Json, 400, "The request body is empty"),
        ["whitespace only"] = new(() => Utf8(" \r\n\t  \n"), Html, 422, "no HTML markup"),
        ["PNG image"] = new(Png, Html, 422, "PNG image"),
        ["PDF document"] = new(Pdf, Html, 422, "PDF document"),
        ["gzip bomb"] = new(GzipBomb, Html, 422, "gzip archive"),
        ["gzip bomb sent with Content-Encoding: gzip"] = new(GzipBomb, Html, 422, "gzip archive", [("Content-Encoding", "gzip")]),
        ["NUL bytes"] = new(() => [.. "<html><body>"u8, 0, 0, 0, .. "<p>x</p>"u8], Html, 422, "NUL bytes"),
        ["control bytes"] = new(() => [.. Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? '<' : 0x01 + (i % 7)))], Html, 422, "control bytes"),
        ["6 MB body"] = new(() => PageOfSize(6 * 1024 * 1024), Html, 413, "the limit is 5242880 bytes"),
        ["6 MB JSON body"] = new(() => Utf8("{\"html\": \"<p>" + new string('x', 6 * 1024 * 1024) + "</p>\"}"), Json, 413, "the limit is 5242880 bytes"),
        ["10 MB attribute"] = new(() => Utf8("<html><body><h1 title=\"" + new string('a', 10 * 1024 * 1024) + "\">A</h1></body></html>"), Html, 413, "the limit is 5242880 bytes"),
        ["unknown charset"] = new(() => Utf8(Page("Unknown charset")), "text/html; charset=x-no-such-charset", 415, "'x-no-such-charset' is unknown"),
        ["empty charset"] = new(() => Utf8(Page("Empty charset")), "text/html; charset=\"\"", 415, "charset"),
        ["JSON in UTF-16"] = new(() => Utf8("{\"html\": \"<p>x</p>\"}"), "application/json; charset=utf-16", 415, "JSON must be UTF-8"),
        ["no Content-Type"] = new(() => Utf8(Page("No type")), null, 415, "Content-Type header is missing"),
        ["multipart form"] = new(() => Utf8("--b\r\n\r\n<p>x</p>\r\n--b--"), "multipart/form-data; boundary=b", 415, "'multipart/form-data' is not supported"),
        ["malformed JSON"] = new(() => Utf8("{\"html\": \"<p>x</p>\""), Json, 400, "not valid JSON"),
        ["JSON nested 10 000 deep"] = new(() => Utf8(NestedJson(10_000)), Json, 400, "depth"),
        ["JSON with invalid UTF-8"] = new(() => [.. "{\"html\": \"<p>"u8, 0xC3, 0x28, 0xFF, .. "</p>\"}"u8], Json, 400, "\"html\" is not valid Unicode text"),
        ["JSON lone surrogate escape"] = new(() => Utf8("{\"html\": \"<p>\\ud800</p>\"}"), Json, 400, "\"html\" is not valid Unicode text"),
        ["JSON html is an array"] = new(() => Utf8("{\"html\": [\"<p>x</p>\"]}"), Json, 400, "needs a string property \"html\""),
        ["JSON html is an object"] = new(() => Utf8("{\"html\": {\"value\": \"<p>x</p>\"}}"), Json, 400, "needs a string property \"html\""),
        ["JSON url is an object"] = new(() => Utf8("{\"html\": \"<p>x</p>\", \"url\": {\"href\": \"https://a.example\"}}"), Json, 400, "\"url\" must be a string"),
        ["JSON root is a string"] = new(() => Utf8("\"<p>x</p>\""), Json, 400, "must be an object"),
        ["JSON root is null"] = new(() => Utf8("null"), Json, 400, "must be an object"),
        ["JSON url is javascript:"] = new(() => Utf8("{\"html\": \"<p>x</p>\", \"url\": \"javascript:alert(1)\"}"), Json, 400, "not an absolute http or https URL"),
        ["query url of 3000 characters"] = new(() => Utf8(Page("Long url")), Html, 400, "the limit is 2048", Query: "?url=https://a.example/" + new string('a', 3000)),
        ["query url with OData quotes"] = new(() => Utf8(Page("Quoted url")), Html, 400, "not an absolute http or https URL", Query: "?url=' or 1 eq 1"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task IsRefused_WithASpecificProblem_AndStoresNothing(string name)
    {
        var api = new HostileApi(host);
        var kind = Cases[name];

        foreach (var path in new[] { "/api/articles", "/api/extract" })
        {
            var detail = await api.RefusedAsync(() => api.PostAsync(kind.Body(), kind.ContentType, path + kind.Query, kind.Headers ?? []), kind.Status);

            Assert.Contains(kind.Detail, detail, StringComparison.Ordinal);
        }
    }

    private sealed record RefusedPost(
        Func<byte[]> Body, string? ContentType, int Status, string Detail, (string, string)[]? Headers = null, string Query = "");
}
