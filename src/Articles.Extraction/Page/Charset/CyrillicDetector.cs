namespace Articles.Extraction.Page.Charset;

/// <summary>
/// Tells undeclared single-byte Cyrillic (windows-1251, KOI8-R/U) from Western (windows-1252) text by byte statistics.
/// </summary>
internal static class CyrillicDetector
{
    // Cyrillic lower-case letters, most frequent first (Russian and Ukrainian text).
    private const string LettersByFrequency = "оеаинітсрвлкмдпуяыьгзбчйхжшюцщэфєїъёґ";

    private static readonly double[] Windows1251Weights = Weights("windows-1251");
    private static readonly double[] Koi8Weights = Weights("koi8-u");

    // Bytes that are Ukrainian letters in KOI8-U but box-drawing characters in KOI8-R.
    private static readonly byte[] Koi8UkrainianBytes = [0xA4, 0xA6, 0xA7, 0xAD, 0xB4, 0xB6, 0xB7, 0xBD];

    /// <summary>"windows-1251", "koi8-r", "koi8-u" or "windows-1252".</summary>
    public static string Guess(ReadOnlySpan<byte> bytes)
    {
        // Cyrillic words are runs of high bytes; accented Latin letters sit alone between ASCII letters.
        int high = 0, highPairs = 0;
        double score1251 = 0, scoreKoi8 = 0;
        var ukrainianKoi8 = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            score1251 += Windows1251Weights[b];
            scoreKoi8 += Koi8Weights[b];
            if (Array.IndexOf(Koi8UkrainianBytes, b) >= 0)
            {
                ukrainianKoi8++;
            }

            if (b >= 0xC0)
            {
                high++;
                if (i + 1 < bytes.Length && bytes[i + 1] >= 0xC0)
                {
                    highPairs++;
                }
            }
        }

        if (high == 0 || highPairs * 3 < high)
        {
            return "windows-1252";
        }

        if (score1251 >= scoreKoi8)
        {
            return "windows-1251";
        }

        return ukrainianKoi8 > 0 ? "koi8-u" : "koi8-r";
    }

    private static double[] Weights(string encodingName)
    {
        var encoding = CharsetNames.Known(encodingName);
        var weights = new double[256];
        for (var b = 0x80; b < 0x100; b++)
        {
            var decoded = encoding.GetString([(byte)b]);
            var rank = decoded.Length == 1 ? LettersByFrequency.IndexOf(decoded[0], StringComparison.Ordinal) : -1;
            weights[b] = rank < 0 ? 0 : 1.0 / (1 + rank / 4.0);
        }

        return weights;
    }
}
