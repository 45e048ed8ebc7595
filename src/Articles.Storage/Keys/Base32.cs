namespace Articles.Storage.Keys;

/// <summary>RFC 4648 base32 in lower case without padding: URL-safe and valid in table keys and blob names.</summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> bytes, int length)
    {
        var chars = new char[length];
        int buffer = 0, bits = 0, written = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5 && written < length)
            {
                bits -= 5;
                chars[written++] = Alphabet[(buffer >> bits) & 31];
            }

            if (written == length)
            {
                break;
            }
        }

        if (written < length)
        {
            throw new ArgumentException($"Not enough bytes for {length} base32 characters.", nameof(bytes));
        }

        return new string(chars);
    }

    public static bool IsEncoded(string text, int length) =>
        text.Length == length && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
