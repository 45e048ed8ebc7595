using System.Text;
using Articles.Functions.Input;

namespace Articles.Functions.Tests.Input;

public sealed class HtmlSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Привіт</p></body></html>")]
    [InlineData("<p>Just a fragment</p>")]
    [InlineData("\n\n   <!-- a comment first --> text")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>")]
    public void Html_IsAccepted(string html) => Assert.Null(HtmlSniffer.WhyNotHtml(Encoding.UTF8.GetBytes(html)));

    [Fact]
    public void Utf16WithBom_IsAccepted()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>Текст</body></html>")).ToArray();

        Assert.Null(HtmlSniffer.WhyNotHtml(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x3C, 0x68, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "PNG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x3C, 0x70 }, "ZIP")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "JPEG")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x3C, 0x70, 0x3E }, "gzip")]
    public void KnownBinaryFormats_AreNamed(byte[] bytes, string kind)
    {
        var reason = HtmlSniffer.WhyNotHtml(bytes);

        Assert.NotNull(reason);
        Assert.Contains(kind, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NulBytes_MeanBinary()
    {
        var bytes = Encoding.ASCII.GetBytes("<html>\0\0\0<body></body></html>");

        Assert.Contains("NUL", HtmlSniffer.WhyNotHtml(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void ControlBytes_MeanBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : '<')).ToArray();

        Assert.Contains("control bytes", HtmlSniffer.WhyNotHtml(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Just some plain text about 3 < 4 and nothing else.")]
    [InlineData("{\"html\": \"not really\"}")]
    public void TextWithoutTags_IsNotHtml(string text) =>
        Assert.Contains("no HTML markup", HtmlSniffer.WhyNotHtml(Encoding.UTF8.GetBytes(text)), StringComparison.Ordinal);

    [Fact]
    public void Empty_IsNotHtml() => Assert.NotNull(HtmlSniffer.WhyNotHtml([]));
}
