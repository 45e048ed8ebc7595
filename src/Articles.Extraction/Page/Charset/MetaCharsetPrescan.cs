using System.Text;

namespace Articles.Extraction.Page.Charset;

/// <summary>
/// Finds the charset a page declares in &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type"&gt; by scanning the
/// first bytes, as browsers do before they know how to decode the page (ASCII-compatible encodings only).
/// </summary>
internal static class MetaCharsetPrescan
{
    /// <summary>Browsers look at 1024 bytes; real pages put long scripts first, so look a little further.</summary>
    public const int ScanLimit = 16 * 1024;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var span = bytes[..Math.Min(bytes.Length, ScanLimit)];
        var i = 0;
        while (i < span.Length)
        {
            var lt = span[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                return null;
            }

            i += lt;
            var rest = span[i..];
            if (rest.StartsWith("<!--"u8))
            {
                var end = rest[4..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                i += 4 + end + 3;
            }
            else if (StartsWithIgnoreCase(rest, "<meta"u8) && rest.Length > 5 && IsSpaceOrSlash(rest[5]))
            {
                var (charset, consumed) = ReadMeta(rest[5..]);
                if (charset is not null)
                {
                    return charset;
                }

                i += 5 + consumed;
            }
            else
            {
                i++;
            }
        }

        return null;
    }

    private static (string? Charset, int Consumed) ReadMeta(ReadOnlySpan<byte> s)
    {
        string? charset = null;
        string? httpEquiv = null;
        string? content = null;
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSpaceOrSlash(s[i]))
            {
                i++;
            }

            if (i >= s.Length || s[i] == '>')
            {
                break;
            }

            var nameStart = i;
            while (i < s.Length && !IsSpaceOrSlash(s[i]) && s[i] is not ((byte)'=' or (byte)'>'))
            {
                i++;
            }

            var name = Ascii(s[nameStart..i]).ToLowerInvariant();
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }

            string value = "";
            if (i < s.Length && s[i] == '=')
            {
                i++;
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }

                if (i < s.Length && s[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = s[i++];
                    var end = s[i..].IndexOf(quote);
                    end = end < 0 ? s.Length - i : end;
                    value = Ascii(s.Slice(i, end));
                    i += Math.Min(end + 1, s.Length - i);
                }
                else
                {
                    var start = i;
                    while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
                    {
                        i++;
                    }

                    value = Ascii(s[start..i]);
                }
            }

            switch (name)
            {
                case "charset":
                    charset ??= value;
                    break;
                case "http-equiv":
                    httpEquiv ??= value;
                    break;
                case "content":
                    content ??= value;
                    break;
            }
        }

        if (!string.IsNullOrWhiteSpace(charset))
        {
            return (charset.Trim(), i);
        }

        if (content is not null && string.Equals(httpEquiv?.Trim(), "content-type", StringComparison.OrdinalIgnoreCase))
        {
            return (ContentTypeCharset.Read(content), i);
        }

        return (null, i);
    }

    private static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool IsSpaceOrSlash(byte b) => IsSpace(b) || b == '/';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix)
    {
        if (s.Length < prefix.Length)
        {
            return false;
        }

        for (var k = 0; k < prefix.Length; k++)
        {
            if ((s[k] | 0x20) != (prefix[k] | 0x20))
            {
                return false;
            }
        }

        return true;
    }
}
