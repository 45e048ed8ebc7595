using System.Text;

namespace Articles.Extraction.Page.Charset;

/// <summary>
/// UTF-16 without a byte order mark, told by where its zero bytes fall: markup is ASCII, so in UTF-16LE nearly every
/// odd byte is zero and in UTF-16BE every even one. Text in any 8-bit charset has no zero bytes at all.
/// </summary>
public static class Utf16Layout
{
    private const int HeadLength = 4096;

    /// <summary>UTF-16LE or UTF-16BE when the bytes are laid out as one, otherwise null.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, HeadLength) & ~1)];
        if (head.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        var pairs = head.Length / 2;
        return (oddZeros * 10 >= pairs * 3, evenZeros * 10 >= pairs * 3) switch
        {
            (true, false) when evenZeros * 20 <= pairs => Encoding.Unicode,
            (false, true) when oddZeros * 20 <= pairs => Encoding.BigEndianUnicode,
            _ => null,
        };
    }
}
