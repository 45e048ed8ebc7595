using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Page;

public class CleanTextTests
{
    [Theory]
    [InlineData("  Tom &amp; Jerry\n\t run ", "Tom & Jerry run")]
    [InlineData("Quote &amp;#8220;x&amp;#8221;", "Quote \u201Cx\u201D")]
    [InlineData("Zero\u200Bwidth\u00A0space", "Zerowidth space")]
    [InlineData("Soft\u00ADhyphen", "Soft\u00ADhyphen")]
    public void Folds_entities_and_whitespace(string raw, string expected) => Assert.Equal(expected, CleanText.Fold(raw));

    [Theory]
    [InlineData(null)]
    [InlineData(" \n ")]
    public void Blank_is_null(string? raw) => Assert.Null(CleanText.Fold(raw));
}
