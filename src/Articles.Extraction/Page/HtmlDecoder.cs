using System.Text;

namespace Articles.Extraction.Page;

/// <summary>Turns page bytes into text. STUB: the charset cascade (BOM, Content-Type, meta, detection) lands here.</summary>
public static class HtmlDecoder
{
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        _ = contentType;
        return new DecodedHtml(Encoding.UTF8.GetString(bytes), "utf-8", "detected");
    }
}
