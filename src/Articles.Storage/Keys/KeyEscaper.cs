using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Articles.Storage.Keys;

/// <summary>
/// Turns any text into a table key that is URL-safe: ASCII letters, digits, '-' and '.' stay; every other character
/// becomes '_' plus the hex of its UTF-8 bytes. Keys may never hold / \ # ? or control characters; this rules out
/// those and everything else a URL would need to escape. Over-long results keep a prefix and end in '~' + a hash,
/// so the key stays under the 1 KiB key limit and still distinct.
/// </summary>
internal static class KeyEscaper
{
    private const int MaxLength = 400;
    private const int HashLength = 26;

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '.'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                var count = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..count])
                {
                    builder.Append('_').Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }
            }

            if (builder.Length > MaxLength)
            {
                return Truncated(builder, text);
            }
        }

        return builder.ToString();
    }

    private static string Truncated(StringBuilder builder, string text)
    {
        // Cut before any escape that the limit split, then add the hash of the whole text.
        var cut = Math.Min(builder.Length, MaxLength - HashLength - 1);
        var lastEscape = builder.ToString(0, cut).LastIndexOf('_');
        if (lastEscape >= 0 && cut - lastEscape < 3)
        {
            cut = lastEscape;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return builder.ToString(0, cut) + "~" + Base32.Encode(hash, HashLength);
    }
}
