using System.Text;
using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Page;

public class HtmlDecoderTests
{
    private const string RussianBody =
        "<html><head><title>Правительство утвердило новый бюджет</title></head><body><h1>Правительство утвердило " +
        "новый бюджет на следующий год</h1><p>Министр финансов сообщил, что расходы на оборону и социальные " +
        "программы вырастут, а дефицит останется в пределах трёх процентов.</p></body></html>";

    private const string UkrainianBody =
        "<html><head><title>Уряд ухвалив новий бюджет</title></head><body><h1>Уряд ухвалив бюджет на наступний " +
        "рік</h1><p>Міністр фінансів повідомив, що видатки на оборону та соціальні програми зростуть, а дефіцит " +
        "залишиться в межах трьох відсотків. Їхні пропозиції єдині для всіх областей.</p></body></html>";

    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Bytes(string encoding, string text) => Encoding.GetEncoding(encoding).GetBytes(text);

    [Fact]
    public void Undeclared_windows1251_russian_page_is_detected()
    {
        var decoded = HtmlDecoder.Decode(Bytes("windows-1251", RussianBody), null);

        Assert.Equal("windows-1251", decoded.Charset);
        Assert.Equal("detected", decoded.CharsetSource);
        Assert.Contains("Правительство утвердило", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_koi8u_ukrainian_page_is_detected()
    {
        var decoded = HtmlDecoder.Decode(Bytes("koi8-u", UkrainianBody), null);

        Assert.Equal("koi8-u", decoded.Charset);
        Assert.Equal("detected", decoded.CharsetSource);
        Assert.Contains("Їхні пропозиції єдині", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_koi8r_russian_page_is_detected()
    {
        var decoded = HtmlDecoder.Decode(Bytes("koi8-r", RussianBody), null);

        Assert.Equal("koi8-r", decoded.Charset);
        Assert.Contains("дефицит останется", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_german_latin_page_is_windows1252()
    {
        var html = "<p>Die Bürger wählten am Sonntag ein neues Parlament; die Wahlbeteiligung lag über dem Durchschnitt. " +
                   "Größere Überraschungen blieben aus.</p>";

        var decoded = HtmlDecoder.Decode(Bytes("windows-1252", html), null);

        Assert.Equal("windows-1252", decoded.Charset);
        Assert.Contains("Größere Überraschungen", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_utf8_without_declaration_is_utf8()
    {
        var decoded = HtmlDecoder.Decode(Encoding.UTF8.GetBytes(UkrainianBody), null);

        Assert.Equal("utf-8", decoded.Charset);
        Assert.Equal("detected", decoded.CharsetSource);
        Assert.Contains("Уряд ухвалив", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_with_bom_is_read_from_the_bom(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Bytes(encoding, UkrainianBody)).ToArray();

        var decoded = HtmlDecoder.Decode(bytes, "text/html; charset=windows-1251");

        Assert.Equal("bom", decoded.CharsetSource);
        Assert.StartsWith("<html>", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("Уряд ухвалив", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bom_is_stripped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>Київ</p>")).ToArray();

        var decoded = HtmlDecoder.Decode(bytes, null);

        Assert.Equal(("bom", "<p>Київ</p>"), (decoded.CharsetSource, decoded.Text));
    }

    [Fact]
    public void Content_type_hint_outranks_a_lying_meta_charset()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head>" + RussianBody[6..];

        var decoded = HtmlDecoder.Decode(Bytes("windows-1251", html), "text/html; charset=\"Windows-1251\"");

        Assert.Equal(("windows-1251", "content-type"), (decoded.Charset, decoded.CharsetSource));
        Assert.Contains("Министр финансов", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_charset_that_the_bytes_contradict_falls_back_to_detection()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head>" + RussianBody[6..];

        var decoded = HtmlDecoder.Decode(Bytes("windows-1251", html), null);

        Assert.Equal(("windows-1251", "detected"), (decoded.Charset, decoded.CharsetSource));
    }

    [Fact]
    public void Http_equiv_content_type_is_read_by_the_prescan()
    {
        var html = "<!-- <meta charset=utf-8> --><html><head><META HTTP-EQUIV='Content-Type' " +
                   "CONTENT='text/html; charset=koi8-r'></head>" + RussianBody[6..];

        var decoded = HtmlDecoder.Decode(Bytes("koi8-r", html), null);

        Assert.Equal(("koi8-r", "meta"), (decoded.Charset, decoded.CharsetSource));
        Assert.Contains("Правительство", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_charset_is_used_when_the_bytes_agree()
    {
        var html = "<html><head><meta charset=windows-1251></head>" + RussianBody[6..];

        var decoded = HtmlDecoder.Decode(Bytes("windows-1251", html), null);

        Assert.Equal(("windows-1251", "meta"), (decoded.Charset, decoded.CharsetSource));
    }

    [Theory]
    [InlineData("text/html; charset=no-such-charset", "<meta charset=\"x-garbage\">")]
    [InlineData("text/html; charset=", "<meta charset=\"\">")]
    [InlineData("charset=\"\"\"", "<meta http-equiv=content-type content=\"text/html; charset=;;\">")]
    [InlineData(null, "<meta charset=\"utf-16\">")]
    public void Garbage_charset_names_fall_back_to_detection(string? contentType, string meta)
    {
        var html = "<html><head>" + meta + "</head>" + RussianBody[6..];

        var decoded = HtmlDecoder.Decode(Bytes("windows-1251", html), contentType);

        Assert.Equal("windows-1251", decoded.Charset);
        Assert.Contains("Министр финансов", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_declaration_on_a_utf8_page_is_overruled()
    {
        var html = "<meta charset=iso-8859-1><p>Größere Überraschungen</p>";

        var decoded = HtmlDecoder.Decode(Encoding.UTF8.GetBytes(html), null);

        Assert.Equal(("utf-8", "detected"), (decoded.Charset, decoded.CharsetSource));
    }

    [Fact]
    public void Empty_input_decodes_to_empty_text() =>
        Assert.Equal("", HtmlDecoder.Decode([], null).Text);
}
