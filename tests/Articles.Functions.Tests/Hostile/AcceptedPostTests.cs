using System.Text;
using System.Text.Json;
using static Articles.Functions.Tests.Hostile.HostileBodies;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// Hostile but legitimate pages: odd encodings, pathological markup, text that stresses the patterns. Each gets a
/// correct 2xx (a stored article that reads back, or an extraction) and the service keeps answering.
/// </summary>
public sealed class AcceptedPostTests(HostileHostFixture host) : IClassFixture<HostileHostFixture>
{
    private const string Store = "/api/articles";
    private const string ExtractOnly = "/api/extract";
    private const string Bridge = "Новий міст через Дніпро відкрили для руху";

    private static readonly Dictionary<string, AcceptedPost> Cases = new()
    {
        ["UTF-8 labelled windows-1251"] = new(() => Utf8(CyrillicPage()), "text/html; charset=windows-1251", Store, HeadlineIs(Bridge)),
        ["windows-1251 labelled UTF-8"] = new(() => Cp1251(CyrillicPage()), "text/html; charset=utf-8", Store, HeadlineIs(Bridge)),
        ["unknown charset in the page's meta"] = new(() => Utf8(CyrillicPage("<meta charset=\"x-klingon\">")), "text/html", Store, HeadlineIs(Bridge)),
        ["invalid UTF-8 sequences"] = new(
            () => [.. "<html><head><meta charset=\"utf-8\"></head><body><h1>Broken "u8, 0xC3, 0x28, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x80, .. " bytes</h1><p>"u8, .. Utf8(Guid.NewGuid().ToString()), .. "</p></body></html>"u8],
            "text/html; charset=utf-8", Store, article => Assert.Matches("^Broken .+ bytes$", Headline(article))),
        ["UTF-16LE with BOM"] = new(() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(CyrillicPage())], "text/html", Store, HeadlineIs(Bridge)),
        ["UTF-16BE with BOM"] = new(() => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(CyrillicPage())], "text/html", Store, HeadlineIs(Bridge)),
        ["UTF-16LE without BOM or label"] = new(() => Encoding.Unicode.GetBytes(CyrillicPage()), "text/html", Store, HeadlineIs(Bridge)),
        ["UTF-16BE without BOM, labelled utf-16"] = new(() => Encoding.BigEndianUnicode.GetBytes(CyrillicPage()), "text/html; charset=utf-16", Store, HeadlineIs(Bridge)),
        ["control characters in the headline"] = new(
            () => Utf8(Page("Control\u0001char&#7;acters\u0008 in\u001F the headline", Repeat("<p>An ordinary paragraph of the article.</p>", 50))), "text/html", Store,
            article => Assert.DoesNotContain(Headline(article), char.IsControl)),
        ["NUL in the headline"] = new(
            () => [.. Utf8("<html><head><title>NUL</title></head><body><!-- " + new string('-', 9000) + " --><h1>NUL&#0;in"), 0, .. Utf8("the headline</h1><p>" + Guid.NewGuid() + "</p></body></html>")],
            "text/html", Store, article => Assert.DoesNotContain('\0', Headline(article))),
        ["JSON-LD nested 10 000 deep"] = new(
            () => Utf8(Page("Deep JSON-LD", head: "<script type=\"application/ld+json\">" + NestedJson(10_000) + "</script>")), "text/html", Store, HeadlineIs("Deep JSON-LD")),
        ["JSON-LD arrays nested 10 000 deep"] = new(
            () => Utf8(Page("Deep arrays", head: "<script type=\"application/ld+json\">" + new string('[', 10_000) + new string(']', 10_000) + "</script>")), "text/html", Store, HeadlineIs("Deep arrays")),
        ["JSON-LD of 4.5 MB"] = new(
            () => Utf8(Page("Big JSON-LD", head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Big JSON-LD\",\"articleBody\":\"" + new string('x', 4_500_000) + "\"}</script>")),
            "text/html", Store, HeadlineIs("Big JSON-LD")),
        ["malformed JSON-LD"] = new(
            () => Utf8(Page("Malformed JSON-LD", head: "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Not this\", \"datePublished\": \"2020-01-0</script>")),
            "text/html", Store, article => Assert.Equal(("Malformed JSON-LD", JsonValueKind.Null), (Headline(article), article.GetProperty("published").ValueKind))),
        ["scripts holding fake dates"] = new(
            () => Utf8(Page("Fake dates", head: "<script>var published = \"2001-02-03T04:05:06Z\"; // 03.02.2001</script><script type=\"application/json\">{\"datePublished\": \"2001-02-03\"}</script>")),
            "text/html", Store, article => Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind)),
        ["a 4 MB attribute"] = new(() => Utf8(Page("Wide attribute", "<p title=\"" + new string('a', 4 * 1024 * 1024) + "\">x</p>")), "text/html", ExtractOnly, HeadlineIs("Wide attribute")),
        ["100 000 nested elements"] = new(
            () => Utf8(Page("Deep markup", Repeat("<div>", 100_000) + "deep text")), "text/html", ExtractOnly,
            article => Assert.Contains("deep: tags below depth 1000 dropped", Limits(article), StringComparison.Ordinal)),
        ["100 000 nested inline elements"] = new(() => Utf8(Page("Deep inline", Repeat("<span><em>", 50_000) + "deep text")), "text/html", ExtractOnly, HeadlineIs("Deep inline")),
        ["1 000 000 <p>"] = new(
            () => Utf8(Page("Many paragraphs", Repeat("<p>", 1_000_000))), "text/html", ExtractOnly,
            article => Assert.Equal(("Many paragraphs", true), (Headline(article), Limits(article).Contains("tags after the first 100000 dropped", StringComparison.Ordinal)))),
        ["a run of 1 000 000 quotation marks"] = new(() => Utf8(Page("Quotes", "<p>" + Repeat("«\"„“'", 200_000) + "</p>")), "text/html", ExtractOnly, HeadlineIs("Quotes")),
        ["a run of dashes"] = new(() => Utf8(Page("Dashes", "<p>" + Repeat("— – - ", 150_000) + "</p>")), "text/html", ExtractOnly, HeadlineIs("Dashes")),
        ["a run of capitalised words"] = new(() => Utf8(Page("Capitals", "<p>" + Repeat("Президент Іван Петров Заявив Міністр ", 20_000) + "</p>")), "text/html", ExtractOnly, HeadlineIs("Capitals")),
        ["a run of dots"] = new(() => Utf8(Page("Dots", "<p>" + new string('.', 1_000_000) + "</p><p>" + Repeat("A. ", 100_000) + "</p>")), "text/html", ExtractOnly, HeadlineIs("Dots")),
        ["a run of date-like numbers"] = new(() => Utf8(Page("Numbers", "<p>" + Repeat("12.12.2020 12:12 ", 30_000) + "</p>")), "text/html", ExtractOnly, HeadlineIs("Numbers")),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task IsAnsweredCorrectly_AndTheServiceStillAnswers(string name)
    {
        var api = new HostileApi(host);
        var kind = Cases[name];

        var reply = await api.PostAsync(kind.Body(), kind.ContentType, kind.Path);

        Assert.True(reply.Status is 200 or 201, $"{reply.Status}: {reply.Text[..Math.Min(reply.Text.Length, 500)]}");
        kind.Check(reply.Json);
        if (kind.Path == Store)
        {
            var stored = await api.GetAsync($"/api/articles/{reply.Json.GetProperty("id").GetString()}");
            Assert.Equal(200, stored.Status);
            kind.Check(stored.Json);
        }

        await api.StillAnswersAsync();
    }

    private static string CyrillicPage(string head = "") =>
        $"<html lang=\"uk\"><head>{head}<title>{Bridge}</title></head><body><article><h1>{Bridge}</h1>" +
        $"<p>Міст завдовжки пів кілометра з'єднав обидва береги річки. Будівництво тривало три роки. Мітка {Guid.NewGuid():N}.</p>" +
        "</article></body></html>";

    private static byte[] Cp1251(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251).GetBytes(text);
    }

    private static string Headline(JsonElement article) => article.GetProperty("headline").GetString() ?? "";

    private static string Limits(JsonElement article) =>
        article.GetProperty("provenance").TryGetProperty("limits", out var limits) ? limits.GetString()! : "";

    private static Action<JsonElement> HeadlineIs(string expected) => article => Assert.Equal(expected, Headline(article));

    private sealed record AcceptedPost(Func<byte[]> Body, string ContentType, string Path, Action<JsonElement> Check);
}
