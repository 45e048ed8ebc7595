using System.Text;
using Articles.Extraction.Page;
using Articles.Extraction.Page.Charset;

namespace Articles.Extraction.Tests.Page;

public class CharsetNamesTests
{
    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("x-no-such-charset")]
    public void Labels_dotnet_cannot_or_will_not_decode_resolve_to_nothing(string label) =>
        Assert.Null(CharsetNames.Resolve(label));

    [Fact]
    public void A_page_declaring_utf7_is_decoded_from_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-7\"><title>Привіт +ADw-</title></head></html>");

        var decoded = HtmlDecoder.Decode(bytes, null);

        Assert.Equal("utf-8", decoded.Charset);
        Assert.Equal("detected", decoded.CharsetSource);
        Assert.Contains("Привіт +ADw-", decoded.Text, StringComparison.Ordinal);
    }
}
