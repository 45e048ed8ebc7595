using System.Text;

namespace Articles.Extraction.Tests.Page;

/// <summary>A whole extraction of a legacy page: windows-1251 bytes, no charset, no metadata tags at all.</summary>
public class UndeclaredCyrillicPageTests
{
    private const string Html = """
        <html><head><title>Мосты через Южный Буг восстановят до зимы - Подольские новости</title></head>
        <body><div id="top"><a href="/"><img src="/logo.svg" alt="Подольские новости"></a></div>
        <h1>Мосты через Южный Буг восстановят до зимы</h1>
        <p>Правительство выделило деньги на восстановление трёх мостов в области. Первым отремонтируют мост в Сутисках,
        работы начнутся ещё до зимы, сообщили в областной администрации.</p></body></html>
        """;

    static UndeclaredCyrillicPageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Headline_language_and_site_come_from_the_text_itself()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Html);

        var metadata = ArticleExtractor.Extract(bytes);

        Assert.Equal("Мосты через Южный Буг восстановят до зимы", metadata.Headline);
        Assert.Equal("ru", metadata.Language);
        Assert.Equal("Подольские новости", metadata.Site);
        Assert.Equal("detected", metadata.Provenance["charset"]);
        Assert.Equal("h1", metadata.Provenance["headline"]);
        Assert.Equal("text", metadata.Provenance["language"]);
    }

    [Fact]
    public void Content_type_hint_is_honoured_by_the_extractor()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(Html);

        var metadata = ArticleExtractor.Extract(bytes, new ExtractionHints(ContentType: "text/html; charset=KOI8-R"));

        Assert.Equal("content-type", metadata.Provenance["charset"]);
        Assert.Equal("Мосты через Южный Буг восстановят до зимы", metadata.Headline);
    }
}
