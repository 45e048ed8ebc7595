using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Articles.Extraction.Page.Charset;

/// <summary>How well bytes read as UTF-8: multi-byte sequences that decode versus bytes that do not (valid input
/// reports at most one sequence: callers only ask whether there is any).</summary>
internal readonly record struct Utf8Validity(int MultiByteSequences, int InvalidBytes)
{
    /// <summary>UTF-8, allowing a few broken bytes (pages stitched together, a truncated last character).</summary>
    public bool LooksLikeUtf8 => InvalidBytes == 0 || (MultiByteSequences > 0 && InvalidBytes * 50 < MultiByteSequences);

    /// <summary>Real UTF-8 text beyond ASCII: a legacy single-byte page almost never decodes like this by chance.</summary>
    public bool IsConvincingUtf8 => MultiByteSequences > 0 && LooksLikeUtf8;

    public static Utf8Validity Measure(ReadOnlySpan<byte> bytes)
    {
        // Fast path for the common case: vectorised validation, no per-character decoding.
        if (Utf8.IsValid(bytes))
        {
            return new Utf8Validity(bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F) ? 1 : 0, 0);
        }

        int multi = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multi++;
            }
            else if (status != OperationStatus.NeedMoreData)
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return new Utf8Validity(multi, invalid);
    }
}
