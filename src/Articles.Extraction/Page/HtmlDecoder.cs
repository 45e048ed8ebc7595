using System.Text;
using Articles.Extraction.Page.Charset;

namespace Articles.Extraction.Page;

/// <summary>
/// Turns page bytes into text: BOM, then UTF-16 without a BOM (<see cref="Utf16Layout"/>), then the Content-Type
/// charset, then the page's own &lt;meta&gt; declaration, then detection. A declaration the bytes contradict (or that
/// names no known encoding) falls through to the next step.
/// </summary>
public static class HtmlDecoder
{
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (ByteOrderMark.Detect(bytes) is { } bom)
        {
            return Make(bom.Encoding, bytes[bom.Length..], "bom");
        }

        // No 8-bit charset has zero bytes, so a label on such bytes is wrong whatever it says.
        if (Utf16Layout.Detect(bytes) is { } wide)
        {
            return Make(wide, bytes, "detected");
        }

        var validity = Utf8Validity.Measure(bytes);
        if (Usable(CharsetNames.ResolveDeclared(ContentTypeCharset.Read(contentType)), validity) is { } declared)
        {
            return Make(declared, bytes, "content-type");
        }

        if (Usable(CharsetNames.ResolveDeclared(MetaCharsetPrescan.Find(bytes)), validity) is { } meta)
        {
            return Make(meta, bytes, "meta");
        }

        var detected = validity.LooksLikeUtf8 ? Encoding.UTF8 : CharsetNames.Known(CyrillicDetector.Guess(bytes));
        return Make(detected, bytes, "detected");
    }

    /// <summary>A declared encoding unless the bytes prove it wrong: declared UTF-8 that isn't, or a legacy
    /// single-byte charset declared on a page whose bytes are plainly UTF-8.</summary>
    private static Encoding? Usable(Encoding? declared, Utf8Validity validity)
    {
        if (declared is null)
        {
            return null;
        }

        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            return validity.LooksLikeUtf8 ? declared : null;
        }

        return declared.IsSingleByte && validity.IsConvincingUtf8 ? null : declared;
    }

    private static DecodedHtml Make(Encoding encoding, ReadOnlySpan<byte> bytes, string source) =>
        new(encoding.GetString(bytes), encoding.WebName.ToLowerInvariant(), source);
}
