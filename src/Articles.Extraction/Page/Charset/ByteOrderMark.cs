using System.Text;

namespace Articles.Extraction.Page.Charset;

/// <summary>The byte order mark at the start of a page, which outranks every declaration.</summary>
internal static class ByteOrderMark
{
    /// <summary>The encoding the BOM names and the BOM's length, or null without a BOM.</summary>
    public static (Encoding Encoding, int Length)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return null;
    }
}
